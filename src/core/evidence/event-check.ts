// Per-event checks from the strict JSON pass on, in the reference's verify order (docs/decisions.md). Shared by the
// verifier and the writer, so the writer refuses exactly what verify would refuse.
//
// This is the verify hot path (100,000 events): the envelope is read from the raw member spans the scanner
// recorded, without parsing `data` or decoding values that are only type-checked; a canonical line's content
// hash is computed from its raw member text.
import { BundleError } from './verify-error.js';
import { parseRfc3339, type Instant } from './time.js';
import { StrictJsonError, strictParse, type StrictJsonResult } from './strict-json.js';
import { contentHash, isUriLike, sha256Prefixed, type EvidenceEvent } from './event.js';

export interface EventCheckContext {
  /** Manifest `run_id` (verify) or event 0's run id (writer). */
  runId: string;
  maxJsonDepth: number;
  /** false under `--no-verify`: the content-hash comparison is skipped, every other check still runs. */
  hashChecks: boolean;
}

export interface CheckedEvent {
  seq: number;
  time: Instant;
  contentHash: string;
  /** The scan result; `.value` parses the whole event on first use. */
  parsed: StrictJsonResult;
}

// Registered envelope members, by index.
const F = {
  specversion: 0,
  type: 1,
  source: 2,
  id: 3,
  time: 4,
  datacontenttype: 5,
  subject: 6,
  traceparent: 7,
  tracestate: 8,
  assayrunid: 9,
  assayseq: 10,
  assayproducer: 11,
  assayproducerversion: 12,
  assaygit: 13,
  assaypolicyid: 14,
  assaypii: 15,
  assaysecrets: 16,
  assaycontenthash: 17,
  assaysemanticdigest: 18,
  assaydigestprofile: 19,
  data: 20,
} as const;
type Field = keyof typeof F;
const FIELDS = Object.keys(F) as Field[];
const COUNT = FIELDS.length;

const REQUIRED_STRINGS: readonly Field[] = ['specversion', 'type', 'source', 'id', 'time', 'datacontenttype', 'assayrunid', 'assayproducer', 'assayproducerversion', 'assaygit'];
const OPTIONAL_STRINGS: readonly Field[] = ['subject', 'traceparent', 'tracestate', 'assaypolicyid', 'assaysemanticdigest', 'assaydigestprofile'];

const REQUIRED_IDX = Int32Array.from(REQUIRED_STRINGS, (f) => F[f]);
const OPTIONAL_IDX = Int32Array.from(OPTIONAL_STRINGS, (f) => F[f]);

/** Field names grouped by length, for matching a raw key without allocating it. */
const BY_LENGTH: Array<Array<[string, number]>> = [];
for (const f of FIELDS) (BY_LENGTH[f.length] ??= []).push([f, F[f]]);

const QUOTE = 0x22;
const U64_MAX = 18446744073709551615n;

/** Field index of a raw key (`-1` for unknown keys). */
function fieldOf(t: string, ks: number, ke: number, escaped: boolean): number {
  if (!escaped) {
    const cands = BY_LENGTH[ke - ks];
    if (cands === undefined) return -1;
    for (let j = 0; j < cands.length; j++) if (t.startsWith(cands[j]![0], ks)) return cands[j]![1];
    return -1;
  }
  const key = JSON.parse(t.slice(ks - 1, ke + 1)) as string;
  return Object.prototype.hasOwnProperty.call(F, key) ? (F as Record<string, number>)[key]! : -1;
}

/** The spans of the registered members of one event line (reused line after line). */
class Spans {
  text = '';
  readonly vs = new Int32Array(COUNT);
  readonly ve = new Int32Array(COUNT);

  /** Field of each root member of the previous line: lines of one producer share a key layout. */
  private layout: Int32Array = new Int32Array(0);

  load(p: StrictJsonResult): void {
    this.text = p.text;
    this.vs.fill(-1);
    const idx = p.rootIndex;
    const t = p.text;
    const n = p.rootCount;
    if (this.layout.length !== n) this.layout = new Int32Array(n).fill(-2);
    for (let m = 0; m < n; m++) {
      const i = m * 5;
      const ks = idx[i]!;
      const ke = idx[i + 1]!;
      let field = -1;
      const guess = this.layout[m]!;
      if (idx[i + 2] === 0 && guess >= 0 && ke - ks === FIELDS[guess]!.length && t.startsWith(FIELDS[guess]!, ks)) field = guess;
      else {
        field = fieldOf(t, ks, ke, idx[i + 2] !== 0);
        this.layout[m] = field;
      }
      if (field >= 0) {
        this.vs[field] = idx[i + 3]!;
        this.ve[field] = idx[i + 4]!;
      }
    }
  }

  has(f: number): boolean {
    return this.vs[f]! >= 0;
  }

  /** First character code of the raw value: `"` string, `t`/`f` boolean, `n` null, `{`/`[` composite. */
  kind(f: number): number {
    return this.text.charCodeAt(this.vs[f]!);
  }

  raw(f: number): string {
    return this.text.slice(this.vs[f]!, this.ve[f]!);
  }

  /** Decoded string value (the raw value is a JSON string). */
  str(f: number): string {
    const s = this.vs[f]!;
    const e = this.ve[f]!;
    const b = this.text.indexOf('\\', s);
    return b === -1 || b >= e ? this.text.slice(s + 1, e - 1) : (JSON.parse(this.text.slice(s, e)) as string);
  }

  isString(f: number): boolean {
    return this.kind(f) === QUOTE;
  }
}

/** The first missing required key or wrong JSON type, else undefined. */
function envelopeProblem(sp: Spans, rootIsObject: boolean): string | undefined {
  if (!rootIsObject) return 'event is not a JSON object';
  for (let i = 0; i < REQUIRED_IDX.length; i++) {
    const f = REQUIRED_IDX[i]!;
    if (!sp.has(f)) return `missing field ${FIELDS[f]}`;
    if (!sp.isString(f)) return `field ${FIELDS[f]} must be a string`;
  }
  for (let i = 0; i < OPTIONAL_IDX.length; i++) {
    const f = OPTIONAL_IDX[i]!;
    if (sp.has(f) && !sp.isString(f) && sp.raw(f) !== 'null') return `field ${FIELDS[f]} must be a string`;
  }
  if (!sp.has(F.assayseq)) return 'missing field assayseq';
  const seq = sp.raw(F.assayseq);
  if (!/^(?:0|[1-9][0-9]*)$/.test(seq) || (seq.length > 19 && BigInt(seq) > U64_MAX)) return 'field assayseq must be an unsigned integer';
  for (const f of ['assaypii', 'assaysecrets'] as const) {
    if (!sp.has(F[f])) return `missing field ${f}`;
    const r = sp.raw(F[f]);
    if (r !== 'true' && r !== 'false') return `field ${f} must be a boolean`;
  }
  if (sp.has(F.assaycontenthash) && !sp.isString(F.assaycontenthash) && sp.raw(F.assaycontenthash) !== 'null') return 'field assaycontenthash must be a string';
  if (!sp.has(F.data)) return 'missing field data';
  return undefined;
}

function rootIsObject(text: string): boolean {
  let i = 0;
  let c = text.charCodeAt(0);
  while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) c = text.charCodeAt(++i);
  return c === 0x7b;
}

export class EventChecker {
  /** Number of events accepted so far (= the next expected seq). */
  count = 0;
  private source0: string | undefined;
  private readonly spans = new Spans();
  private readonly runIdRaw: string;
  private readonly idPrefix: string;

  constructor(private readonly ctx: EventCheckContext) {
    this.runIdRaw = JSON.stringify(ctx.runId);
    this.idPrefix = `${ctx.runId}:`;
  }

  /** Check one event line (LF and one CR already stripped, valid UTF-8, non-empty). */
  check(text: string, lineNo: number): CheckedEvent {
    let parsed: StrictJsonResult;
    try {
      parsed = strictParse(text, { maxDepth: this.ctx.maxJsonDepth });
    } catch (e) {
      if (e instanceof StrictJsonError) {
        if (e.kind === 'depth') throw new BundleError('LimitJsonDepth', `Event JSON at line ${lineNo}: ${e.message} (max_json_depth)`, { entry: 'events.ndjson' });
        throw new BundleError('ContractInvalidJson', `Event JSON at line ${lineNo}: ${e.message}`, { entry: 'events.ndjson' });
      }
      throw e;
    }
    const sp = this.spans;
    sp.load(parsed);
    const problem = envelopeProblem(sp, rootIsObject(text));
    if (problem) throw new BundleError('ContractInvalidJson', `Event JSON at line ${lineNo}: ${problem}`, { entry: 'events.ndjson' });
    const time = parseRfc3339(sp.str(F.time));
    if (time === undefined) throw new BundleError('ContractInvalidJson', `Event JSON at line ${lineNo}: field time must be an RFC 3339 timestamp`, { entry: 'events.ndjson' });
    const seq = Number(sp.raw(F.assayseq));
    const where = { entry: 'events.ndjson', seq };
    if (sp.raw(F.specversion) !== '"1.0"' && sp.str(F.specversion) !== '1.0') throw new BundleError('ContractSchemaVersion', `Invalid specversion at seq ${seq}`, where);
    if (!sp.has(F.assaycontenthash) || !sp.isString(F.assaycontenthash)) throw new BundleError('ContractSchemaVersion', `Missing content_hash at seq ${seq}`, where);
    const claimed = sp.str(F.assaycontenthash);
    let hash = claimed;
    if (this.ctx.hashChecks) {
      if (parsed.canonical) {
        let pre = '{"data":' + sp.raw(F.data) + ',"datacontenttype":' + sp.raw(F.datacontenttype) + ',"specversion":' + sp.raw(F.specversion);
        if (sp.has(F.subject) && sp.isString(F.subject)) pre += ',"subject":' + sp.raw(F.subject);
        hash = sha256Prefixed(pre + ',"type":' + sp.raw(F.type) + '}');
      } else hash = contentHash(parsed.value as EvidenceEvent);
      if (hash !== claimed) throw new BundleError('IntegrityEventHash', `Content hash mismatch at seq ${seq}`, where);
    }
    if (this.count === 0) {
      if (seq !== 0) throw new BundleError('ContractSequenceStart', `First event must have seq 0, got ${seq}`, where);
    } else if (seq !== this.count) {
      throw new BundleError('ContractSequenceGap', `Sequence gap: expected seq ${this.count}, got ${seq}`, where);
    }
    const runRaw = sp.raw(F.assayrunid);
    const runId = runRaw === this.runIdRaw ? this.ctx.runId : sp.str(F.assayrunid);
    if (runId !== this.ctx.runId) throw new BundleError('ContractRunIdMismatch', `Run id mismatch at seq ${seq}`, where);
    const source = sp.str(F.source);
    if (this.count === 0) this.source0 = source;
    else if (source !== this.source0) throw new BundleError('ContractInvalidEvent', `seq=${seq}: source differs from event 0`, where);
    if (!isUriLike(source)) throw new BundleError('ContractInvalidEvent', `seq=${seq}: source is not a URI`, where);
    if (runId.includes(':')) throw new BundleError('ContractInvalidEvent', `seq=${seq}: run_id contains ':'`, where);
    const id = sp.str(F.id);
    if (id !== this.idPrefix + String(seq)) {
      throw new BundleError('ContractInvalidEvent', `Event id does not match the run_id:seq contract at seq=${seq}`, where);
    }
    this.count++;
    return { seq, time, contentHash: hash, parsed };
  }
}
