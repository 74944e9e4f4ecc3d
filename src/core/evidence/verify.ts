// Streaming bundle verification, first failure wins. The compressed source is held in memory (it
// is bounded by max_bundle_bytes); the decompressed stream is never buffered: member data flows from the
// inflater through the tar parser into a line splitter, so memory is one line plus the manifest.
import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { createInflateRaw, crc32 } from 'node:zlib';
import { BundleError, displayMemberPath } from './verify-error.js';
import { resolveLimits, type EvidenceLimits } from './limits.js';
import { gzipHeaderLength, GzipHeaderError } from './gzip.js';
import { TarFormatError, TarParser, TarTruncated, type TarEntry, type TarSink } from './tar.js';
import { StrictJsonError, strictParse } from './strict-json.js';
import { EVENTS_MEMBER, MANIFEST_MEMBER, manifestShapeProblem, type Manifest } from './manifest.js';
import { EventChecker } from './event-check.js';
import { RunRootHasher, type EvidenceEvent } from './event.js';
import { compareInstants, renderInstant, type Instant } from './time.js';

export interface EventInfo {
  seq: number;
  /** 1-based line number in events.ndjson. */
  line: number;
  contentHash: string;
}

export interface VerifyOptions {
  limits?: Partial<EvidenceLimits>;
  /** false = `--no-verify`: every limit, UTF-8, strict-JSON and contract check still runs; hash checks do not. */
  hashChecks?: boolean;
  /** Called for each event that passed its per-line checks, in file order. Drop everything if verify then fails. */
  onEvent?: (event: EvidenceEvent, info: EventInfo) => void;
  /** Bundle path for the reason code's next step (`<bundle>`). */
  bundleLabel?: string;
}

export interface VerifyResult {
  manifest: Manifest;
  bundle_id: string;
  run_id: string;
  event_count: number;
  run_root: string;
  /** First/last event time in file order, rendered (diff's time_range). */
  time_first: string;
  time_last: string;
  /** Minimum/maximum event time (attest's time_window). */
  time_min: string;
  time_max: string;
  /** Bare hex sha256 of the exact source bytes. */
  archive_sha256: string;
  /** Bytes after the first gzip member (ignored for content). */
  trailing_bytes: number;
  /** false when hash checks were skipped (`--no-verify`). */
  verified: boolean;
}

const LF = 0x0a;
const CR = 0x0d;

type Member = 'manifest' | 'events';

class BundleVerifier implements TarSink {
  manifest: Manifest | null = null;
  private readonly seen = new Set<string>();
  private member: Member | null = null;
  currentPath = '';
  // manifest.json
  private manifestBuf: Uint8Array | null = null;
  private manifestFill = 0;
  // events.ndjson
  eventsSeen = false;
  private carry: Uint8Array[] = [];
  private carryLen = 0;
  private lineNo = 0;
  private eventBytes = 0;
  private expectedBytes = 0;
  private fileHash = createHash('sha256');
  private readonly root = new RunRootHasher();
  private checker: EventChecker | null = null;
  timeFirst: Instant | null = null;
  timeLast: Instant | null = null;
  timeMin: Instant | null = null;
  timeMax: Instant | null = null;
  runRoot = '';

  constructor(
    private readonly limits: EvidenceLimits,
    private readonly opts: VerifyOptions,
  ) {}

  private err(code: ConstructorParameters<typeof BundleError>[0], message: string, seq?: number): BundleError {
    return new BundleError(code, message, { entry: this.currentPath || null, seq: seq ?? null, bundle: this.opts.bundleLabel });
  }

  onEntry(entry: TarEntry, index: number): void {
    const raw = entry.path;
    const shown = displayMemberPath(raw);
    this.currentPath = shown;
    this.member = null;
    // 3. path length
    if (raw.length > this.limits.max_path_len) {
      throw this.err('LimitPathLength', `Path of ${raw.length} bytes exceeds max_path_len (${this.limits.max_path_len})`);
    }
    const path = new TextDecoder().decode(raw);
    const isManifestPath = isExactly(raw, MANIFEST_MEMBER);
    // 4. declared size, before any content is read
    const cap = isManifestPath ? this.limits.max_manifest_bytes : this.limits.max_events_bytes;
    if (entry.size > cap) {
      const which = isManifestPath ? 'max_manifest_bytes' : 'max_events_bytes';
      throw this.err('LimitFileSize', `'${shown}' declares ${entry.size} bytes, over ${which} (${cap})`);
    }
    // 5. traversal: `..` components, a leading `/`, an empty root
    if (path.startsWith('/') || path.split('/').some((c) => c === '..') || path.startsWith('\\') || /^[A-Za-z]:/.test(path)) {
      throw this.err('SecurityPathTraversal', `Invalid path component in '${shown}'`);
    }
    // 6. only the two members
    const isEvents = isExactly(raw, EVENTS_MEMBER);
    if (!isManifestPath && !isEvents) throw this.err('ContractUnexpectedFile', `Unexpected file '${shown}'`);
    // 7. duplicates
    if (this.seen.has(path)) throw this.err('ContractDuplicateFile', `Duplicate file '${shown}'`);
    this.seen.add(path);
    // 8. order
    if (index === 0 && !isManifestPath) throw this.err('ContractFileOrder', "First file must be 'manifest.json'");
    if (isManifestPath) {
      this.member = 'manifest';
      this.manifestBuf = new Uint8Array(entry.size);
      this.manifestFill = 0;
      if (entry.size === 0) return; // parsed at entry end
      return;
    }
    // 10. events.ndjson (the manifest is known here: it was entry 0)
    const m = this.manifest!;
    const meta = m.files[EVENTS_MEMBER];
    if (meta === undefined) throw this.err('ContractMissingFile', 'Manifest has no files["events.ndjson"] entry');
    if (entry.size !== meta.bytes) {
      throw this.err('IntegrityFileSizeMismatch', `events.ndjson size mismatch: expected ${meta.bytes}, got ${entry.size}`);
    }
    this.member = 'events';
    this.eventsSeen = true;
    this.expectedBytes = meta.bytes;
    this.checker = new EventChecker({ runId: m.run_id, maxJsonDepth: this.limits.max_json_depth, hashChecks: this.opts.hashChecks !== false });
  }

  onData(chunk: Uint8Array): void {
    if (this.member === 'manifest') {
      this.manifestBuf!.set(chunk, this.manifestFill);
      this.manifestFill += chunk.length;
      return;
    }
    if (this.member === 'events') this.eventsData(chunk);
  }

  onEntryEnd(): void {
    if (this.member === 'manifest') this.parseManifest();
    else if (this.member === 'events') this.finishEvents();
    this.member = null;
  }

  onEnd(): void {
    // 11. no events.ndjson (manifest-only, empty or all-zero archive)
    if (!this.eventsSeen) {
      this.currentPath = '';
      throw this.err('ContractMissingFile', 'Missing events.ndjson');
    }
  }

  // ---- 9. manifest ----

  private parseManifest(): void {
    const bytes = this.manifestBuf!.subarray(0, this.manifestFill);
    this.manifestBuf = null;
    if (!isUtf8(bytes)) throw this.err('ContractInvalidJson', 'Manifest JSON is not valid UTF-8');
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    let parsed;
    try {
      parsed = strictParse(text, { maxDepth: this.limits.max_json_depth, numberTokens: 'paths' });
    } catch (e) {
      if (!(e instanceof StrictJsonError)) throw e;
      if (e.kind === 'depth') throw this.err('LimitJsonDepth', `Manifest JSON ${e.message} (max_json_depth)`);
      throw this.err('ContractInvalidJson', `Manifest JSON invalid: ${e.message}`);
    }
    const problem = manifestShapeProblem(parsed.value, parsed.tokens);
    if (problem) throw this.err('ContractInvalidJson', `Manifest JSON invalid: ${problem}`);
    const m = parsed.value as Manifest;
    if (m.schema_version !== 1) throw this.err('ContractSchemaVersion', `Unsupported schema version: ${String(m.schema_version).slice(0, 32)}`);
    this.manifest = m;
  }

  // ---- 10. events.ndjson ----

  private eventsData(chunk: Uint8Array): void {
    this.fileHash.update(chunk);
    this.eventBytes += chunk.length;
    let p = 0;
    const n = chunk.length;
    const maxLine = this.limits.max_line_bytes;
    while (p < n) {
      const lf = chunk.indexOf(LF, p);
      if (lf === -1) {
        const rest = chunk.subarray(p);
        if (this.carryLen + rest.length > maxLine) this.lineTooLong();
        this.carry.push(rest.slice());
        this.carryLen += rest.length;
        return;
      }
      let line = chunk.subarray(p, lf);
      if (this.carryLen > 0) {
        if (this.carryLen + line.length > maxLine) this.lineTooLong();
        this.carry.push(line);
        line = Buffer.concat(this.carry, this.carryLen + line.length);
        this.carry = [];
        this.carryLen = 0;
      }
      this.line(line);
      p = lf + 1;
    }
  }

  private lineTooLong(): never {
    throw this.err('LimitLineBytes', `Line ${this.lineNo + 1} of events.ndjson exceeds max_line_bytes (${this.limits.max_line_bytes})`);
  }

  private line(raw: Uint8Array): void {
    const lineNo = ++this.lineNo;
    if (raw.length > this.limits.max_line_bytes) this.lineTooLong();
    if (lineNo === 1 && raw.length >= 3 && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) {
      throw this.err('ContractInvalidJson', 'BOM not allowed in NDJSON');
    }
    if (lineNo > this.limits.max_events) {
      throw this.err('LimitTotalEvents', `events.ndjson has more than max_events (${this.limits.max_events}) lines`);
    }
    let end = raw.length;
    if (end > 0 && raw[end - 1] === CR) end--;
    if (end === 0) throw this.err('ContractInvalidEvent', `Blank line in events.ndjson (line ${lineNo})`);
    const body = end === raw.length ? raw : raw.subarray(0, end);
    if (!isUtf8(body)) throw this.err('ContractInvalidJson', `Event JSON at line ${lineNo} is not valid UTF-8`);
    const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
    const checked = this.checker!.check(text, lineNo);
    this.root.add(checked.contentHash);
    const t = checked.time;
    if (this.timeFirst === null) this.timeFirst = t;
    this.timeLast = t;
    if (this.timeMin === null || compareInstants(t, this.timeMin) < 0) this.timeMin = t;
    if (this.timeMax === null || compareInstants(t, this.timeMax) > 0) this.timeMax = t;
    if (this.opts.onEvent) this.opts.onEvent(checked.parsed.value as EvidenceEvent, { seq: checked.seq, line: lineNo, contentHash: checked.contentHash });
  }

  private finishEvents(): void {
    if (this.carryLen > 0) {
      // A missing final LF is tolerated.
      const last = Buffer.concat(this.carry, this.carryLen);
      this.carry = [];
      this.carryLen = 0;
      this.line(last);
    }
    const m = this.manifest!;
    const meta = m.files[EVENTS_MEMBER]!;
    const hashChecks = this.opts.hashChecks !== false;
    if (this.eventBytes !== this.expectedBytes) {
      throw this.err('IntegrityFileSizeMismatch', `events.ndjson size mismatch: expected ${this.expectedBytes}, got ${this.eventBytes}`);
    }
    const recorded = meta.sha256.startsWith('sha256:') ? meta.sha256 : 'sha256:' + meta.sha256;
    if (hashChecks && 'sha256:' + this.fileHash.digest('hex') !== recorded) throw this.err('IntegrityManifestHash', 'events.ndjson hash mismatch');
    const count = this.checker!.count;
    if (count === 0) throw this.err('ContractInvalidEvent', 'a bundle must carry at least one event');
    if (count !== m.event_count) throw this.err('ContractSequenceGap', `Event count mismatch: manifest says ${m.event_count}, found ${count}`);
    this.runRoot = this.root.digest();
    if (hashChecks && this.runRoot !== m.run_root) throw this.err('IntegrityRunRootMismatch', 'run_root does not match the recomputed run root');
    if (hashChecks && m.bundle_id !== this.runRoot) throw this.err('ContractBundleIdMismatch', 'bundle_id must equal run_root');
  }
}

function isExactly(raw: Uint8Array, name: string): boolean {
  if (raw.length !== name.length) return false;
  for (let i = 0; i < raw.length; i++) if (raw[i] !== name.charCodeAt(i)) return false;
  return true;
}

class InflateError extends Error {}

/**
 * Raw inflate of `body` through node:zlib; resolves with the compressed bytes consumed (the trailer follows).
 * Pipelined: decompressed chunks are queued and checked on later turns of the event loop, so the inflater works
 * on the next chunk in the thread pool while this thread checks the previous one. Bounded: the compressed input
 * is fed in slices and the stream is paused while the queue is full, so at most a few chunks are ever held.
 */
function inflate(body: Uint8Array, onChunk: (c: Uint8Array) => void): Promise<number> {
  const SLICE = 64 * 1024;
  const HIGH = 8;
  const LOW = 2;
  return new Promise((resolve, reject) => {
    const z = createInflateRaw({ chunkSize: 128 * 1024 });
    const queue: Buffer[] = [];
    let failed = false;
    let ended = false;
    let scheduled = false;
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      queue.length = 0;
      z.removeAllListeners('data');
      z.destroy();
      reject(e);
    };
    const drain = () => {
      scheduled = false;
      if (failed) return;
      try {
        while (queue.length > 0) {
          onChunk(queue.shift()!);
          if (queue.length <= LOW && z.isPaused()) z.resume();
        }
      } catch (e) {
        fail(e);
        return;
      }
      if (ended) resolve(z.bytesWritten);
    };
    const schedule = () => {
      if (!scheduled) {
        scheduled = true;
        setImmediate(drain);
      }
    };
    z.on('data', (c: Buffer) => {
      if (failed) return;
      queue.push(c);
      if (queue.length >= HIGH) z.pause();
      schedule();
    });
    z.on('error', (e) => fail(new InflateError(`deflate stream: ${(e as NodeJS.ErrnoException).code ?? 'error'}`)));
    z.on('end', () => {
      ended = true;
      schedule();
    });
    // Feed the compressed bytes in slices, respecting backpressure; Node stops the inflater after the first
    // deflate stream ends and counts what it consumed in bytesWritten.
    let off = 0;
    const feed = () => {
      while (!failed && off < body.length) {
        const slice = body.subarray(off, Math.min(body.length, off + SLICE));
        off += slice.length;
        if (!z.write(slice)) {
          z.once('drain', feed);
          return;
        }
      }
      if (!failed) z.end();
    };
    feed();
  });
}

/**
 * Verify a bundle held in memory (the whole compressed source). Throws BundleError (an EvidenceError) with
 * the reference's code on the first failure; resolves with the summary on success.
 */
export async function verifyBundleBytes(src: Uint8Array, opts: VerifyOptions = {}): Promise<VerifyResult> {
  const limits = resolveLimits(opts.limits);
  const where = { bundle: opts.bundleLabel };
  // 1. source size
  if (src.length > limits.max_bundle_bytes) {
    throw new BundleError('LimitBundleBytes', `Bundle exceeds max_bundle_bytes (${limits.max_bundle_bytes})`, where);
  }
  // 2. gzip header, then streaming inflate of the first member
  let headerLen: number;
  try {
    headerLen = gzipHeaderLength(src);
  } catch (e) {
    if (e instanceof GzipHeaderError) throw new BundleError('IntegrityGzip', `Gzip header: ${e.message}`, where);
    throw e;
  }
  const verifier = new BundleVerifier(limits, opts);
  const parser = new TarParser(verifier, limits.max_manifest_bytes);
  let decoded = 0;
  let crc = 0;
  const onChunk = (c: Uint8Array) => {
    const allowed = limits.max_decode_bytes - decoded;
    const part = c.length > allowed ? c.subarray(0, allowed) : c;
    decoded += part.length;
    crc = crc32(part, crc);
    if (parser.state !== 'done') parser.push(part);
    if (part.length < c.length) {
      throw new BundleError('LimitDecodeBytes', `Decompressed size exceeds max_decode_bytes (${limits.max_decode_bytes})`, where);
    }
  };
  const at = () => ({ ...where, entry: verifier.currentPath || null });
  const classify = (e: unknown): never => {
    if (e instanceof BundleError) throw e;
    if (e instanceof TarFormatError) throw new BundleError('IntegrityTar', `Tar: ${e.message}`, where);
    if (e instanceof TarTruncated) {
      if (e.where === 'header') throw new BundleError('IntegrityTar', 'Tar: truncated header', where);
      throw new BundleError('IntegrityIo', 'Unexpected end of member data', at());
    }
    if (e instanceof InflateError) {
      // Where the decoder failed decides the code: in a header, in member data, or after the archive.
      if (parser.state === 'header') throw new BundleError('IntegrityTar', `Tar: ${e.message}`, where);
      if (parser.state === 'data') throw new BundleError('IntegrityIo', `Reading member data: ${e.message}`, at());
      throw new BundleError('IntegrityGzip', `Gzip: ${e.message}`, where);
    }
    throw e;
  };
  let consumed: number;
  try {
    consumed = await inflate(src.subarray(headerLen), onChunk);
    parser.end();
  } catch (e) {
    classify(e);
  }
  // 12. the drain has happened (every decoded byte was counted); check the trailer.
  const trailerAt = headerLen + consumed!;
  if (src.length < trailerAt + 8) throw new BundleError('IntegrityGzip', 'Gzip trailer: truncated', where);
  const view = new DataView(src.buffer, src.byteOffset + trailerAt, 8);
  if (view.getUint32(0, true) !== crc >>> 0) throw new BundleError('IntegrityGzip', 'Gzip trailer: CRC-32 mismatch', where);
  if (view.getUint32(4, true) !== decoded % 2 ** 32) throw new BundleError('IntegrityGzip', 'Gzip trailer: ISIZE mismatch', where);

  const m = verifier.manifest!;
  return {
    manifest: m,
    bundle_id: m.bundle_id,
    run_id: m.run_id,
    event_count: m.event_count,
    run_root: verifier.runRoot,
    time_first: renderInstant(verifier.timeFirst!),
    time_last: renderInstant(verifier.timeLast!),
    time_min: renderInstant(verifier.timeMin!),
    time_max: renderInstant(verifier.timeMax!),
    archive_sha256: createHash('sha256').update(src).digest('hex'),
    trailing_bytes: src.length - trailerAt - 8,
    verified: opts.hashChecks !== false,
  };
}
