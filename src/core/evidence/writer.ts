// The bundle writer: same events in → identical archive bytes out. JCS members, fixed tar headers,
// fixed gzip header, pinned pure-JS deflate over the whole tar buffer in one call.
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { canonicalize } from '../jcs.js';
import { BundleError } from './verify-error.js';
import { EventChecker } from './event-check.js';
import { contentHash, RunRootHasher, sha256Prefixed, type EvidenceEventFields } from './event.js';
import { EVENTS_MEMBER, MANIFEST_MEMBER, manifestText } from './manifest.js';
import { tarStream } from './tar.js';
import { gzipDeterministic } from './gzip.js';
import { normalizeRfc3339 } from './time.js';
import { DEFAULT_LIMITS } from './limits.js';

/** An event to write; `assaycontenthash` is filled in when absent. */
export type EventInput = Omit<EvidenceEventFields, 'assaycontenthash'> & { assaycontenthash?: string | null; [key: string]: unknown };

export interface WrittenBundle {
  /** The `.tar.gz` bytes. */
  archive: Uint8Array;
  /** The uncompressed tar stream. */
  tar: Uint8Array;
  manifest: string;
  events: string;
  bundle_id: string;
  run_id: string;
  event_count: number;
}

const enc = new TextEncoder();

/** Build the bundle in memory (steps 1–6 without the file write). Throws BundleError on a refusal. */
export function buildBundle(input: readonly EventInput[]): WrittenBundle {
  if (input.length === 0) throw new BundleError('ContractInvalidEvent', 'Bundle is empty: at least one event required');
  // Stable sort by seq (Array#sort is stable).
  const sorted = [...input].sort((a, b) => a.assayseq - b.assayseq);
  const first = sorted[0]!;
  const runId = first.assayrunid;
  const checker = new EventChecker({ runId, maxJsonDepth: DEFAULT_LIMITS.max_json_depth, hashChecks: true });
  const root = new RunRootHasher();
  const lines: string[] = [];
  sorted.forEach((e, i) => {
    const time = typeof e.time === 'string' ? normalizeRfc3339(e.time) : undefined;
    const ev: Record<string, unknown> = { ...e, ...(time !== undefined ? { time } : {}) };
    if (ev.assaycontenthash === undefined || ev.assaycontenthash === null) ev.assaycontenthash = contentHash(e);
    let line: string;
    try {
      line = canonicalize(ev);
    } catch (err) {
      throw new BundleError('ContractInvalidJson', `event ${i}: ${(err as Error).message}`, { seq: i });
    }
    // The verifier's own per-line checks: the writer refuses exactly what verify would refuse.
    const checked = checker.check(line, i + 1);
    root.add(checked.contentHash);
    lines.push(line + '\n');
  });
  const events = lines.join('');
  const eventsBytes = enc.encode(events);
  const run_root = root.digest();
  const producer = {
    name: first.assayproducer,
    version: first.assayproducerversion,
    ...(first.assaygit !== 'unknown' ? { git: first.assaygit } : {}),
  };
  const manifest = manifestText({
    bundle_id: run_root,
    producer,
    run_id: runId,
    event_count: sorted.length,
    run_root,
    events: { sha256: sha256Prefixed(eventsBytes), bytes: eventsBytes.length },
  });
  const tar = tarStream([
    { name: MANIFEST_MEMBER, data: enc.encode(manifest) },
    { name: EVENTS_MEMBER, data: eventsBytes },
  ]);
  return { archive: gzipDeterministic(tar), tar, manifest, events, bundle_id: run_root, run_id: runId, event_count: sorted.length };
}

/** Write bytes atomically: a temp file in the target directory, fsync, rename into place. */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    writeSync(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // nothing to clean up
    }
    throw e;
  }
}

/** build, then write to `path` atomically (no partial bundle on failure). */
export function writeBundle(path: string, input: readonly EventInput[]): WrittenBundle {
  const b = buildBundle(input);
  writeFileAtomic(path, b.archive);
  return b;
}
