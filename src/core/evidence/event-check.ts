// Per-event checks of 04 §7.3 step 10.3 from the strict JSON pass on, in the spec's order. Shared by the
// verifier and the writer, so the writer refuses exactly what verify would refuse (04 §6.1).
import { BundleError } from './verify-error.js';
import { parseRfc3339, type Instant } from './time.js';
import { StrictJsonError, strictParse } from './strict-json.js';
import { ABSENT, contentHash, contentHashOfCanonicalLine, envelopeProblem, isUriLike, lightEnvelope, type EvidenceEvent, type EvidenceEventFields } from './event.js';

export interface EventCheckContext {
  /** Manifest `run_id` (verify) or event 0's run id (writer). */
  runId: string;
  maxJsonDepth: number;
  /** false under `--no-verify`: the content-hash comparison is skipped, every other check still runs. */
  hashChecks: boolean;
}

export class EventChecker {
  /** Number of events accepted so far (= the next expected seq). */
  count = 0;
  private source0: string | undefined;

  constructor(private readonly ctx: EventCheckContext) {}

  /**
   * Check one event line (LF and one CR already stripped, valid UTF-8, non-empty). Returns the content hash
   * and the event; the full value is parsed only if `event()` is called.
   */
  check(text: string, lineNo: number): CheckedEvent {
    let parsed;
    try {
      parsed = strictParse(text, { maxDepth: this.ctx.maxJsonDepth });
    } catch (e) {
      if (e instanceof StrictJsonError) {
        if (e.kind === 'depth') throw new BundleError('LimitJsonDepth', `Event JSON at line ${lineNo}: ${e.message} (max_json_depth)`, { entry: 'events.ndjson' });
        throw new BundleError('ContractInvalidJson', `Event JSON at line ${lineNo}: ${e.message}`, { entry: 'events.ndjson' });
      }
      throw e;
    }
    const env = lightEnvelope(parsed, text);
    let problem = envelopeProblem(env, env.assayseq === ABSENT ? undefined : parsed.raw('assayseq'));
    const ev = env as unknown as EvidenceEventFields;
    const instant = problem === undefined ? parseRfc3339(ev.time) : undefined;
    if (problem === undefined && instant === undefined) problem = 'field time must be an RFC 3339 timestamp';
    if (problem) throw new BundleError('ContractInvalidJson', `Event JSON at line ${lineNo}: ${problem}`, { entry: 'events.ndjson' });
    const seq = ev.assayseq;
    const where = { entry: 'events.ndjson', seq };
    if (ev.specversion !== '1.0') throw new BundleError('ContractSchemaVersion', `Invalid specversion at seq ${seq}`, where);
    if ((ev.assaycontenthash as unknown) === ABSENT || ev.assaycontenthash === null) {
      throw new BundleError('ContractSchemaVersion', `Missing content_hash at seq ${seq}`, where);
    }
    let hash = ev.assaycontenthash as string;
    if (this.ctx.hashChecks) {
      hash = parsed.canonical
        ? contentHashOfCanonicalLine(env)
        : contentHash(parsed.value as EvidenceEvent);
      if (hash !== ev.assaycontenthash) throw new BundleError('IntegrityEventHash', `Content hash mismatch at seq ${seq}`, where);
    }
    if (this.count === 0) {
      if (seq !== 0) throw new BundleError('ContractSequenceStart', `First event must have seq 0, got ${seq}`, where);
    } else if (seq !== this.count) {
      throw new BundleError('ContractSequenceGap', `Sequence gap: expected seq ${this.count}, got ${seq}`, where);
    }
    if (ev.assayrunid !== this.ctx.runId) throw new BundleError('ContractRunIdMismatch', `Run id mismatch at seq ${seq}`, where);
    if (this.count === 0) this.source0 = ev.source;
    else if (ev.source !== this.source0) throw new BundleError('ContractInvalidEvent', `seq=${seq}: source differs from event 0`, where);
    if (!isUriLike(ev.source)) throw new BundleError('ContractInvalidEvent', `seq=${seq}: source is not a URI`, where);
    if (ev.assayrunid.includes(':')) throw new BundleError('ContractInvalidEvent', `seq=${seq}: run_id contains ':'`, where);
    if (ev.id !== `${ev.assayrunid}:${seq}`) {
      throw new BundleError('ContractInvalidEvent', `Event id does not match the run_id:seq contract at seq=${seq}`, where);
    }
    this.count++;
    return { seq, time: instant!, contentHash: hash, event: () => parsed.value as EvidenceEvent };
  }
}

export interface CheckedEvent {
  seq: number;
  time: Instant;
  contentHash: string;
  /** The whole event (parsed on the first call). */
  event: () => EvidenceEvent;
}
