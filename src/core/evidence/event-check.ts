// Per-event checks of 04 §7.3 step 10.3 from the strict JSON pass on, in the spec's order. Shared by the
// verifier and the writer, so the writer refuses exactly what verify would refuse (04 §6.1).
import { BundleError } from './verify-error.js';
import { StrictJsonError, strictParse } from './strict-json.js';
import { contentHash, envelopeProblem, isUriLike, type EvidenceEvent } from './event.js';

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

  /** Check one event line (LF and one CR already stripped, valid UTF-8, non-empty). Returns the event. */
  check(text: string, lineNo: number): { event: EvidenceEvent; contentHash: string } {
    let parsed;
    try {
      parsed = strictParse(text, { maxDepth: this.ctx.maxJsonDepth, numberTokens: 'top' });
    } catch (e) {
      if (e instanceof StrictJsonError) {
        if (e.kind === 'depth') throw new BundleError('LimitJsonDepth', `Event JSON at line ${lineNo}: ${e.message} (max_json_depth)`, { entry: 'events.ndjson' });
        throw new BundleError('ContractInvalidJson', `Event JSON at line ${lineNo}: ${e.message}`, { entry: 'events.ndjson' });
      }
      throw e;
    }
    const problem = envelopeProblem(parsed.value, parsed.tokens.get('assayseq'));
    if (problem) throw new BundleError('ContractInvalidJson', `Event JSON at line ${lineNo}: ${problem}`, { entry: 'events.ndjson' });
    const ev = parsed.value as EvidenceEvent;
    const seq = ev.assayseq;
    const where = { entry: 'events.ndjson', seq };
    if (ev.specversion !== '1.0') throw new BundleError('ContractSchemaVersion', `Invalid specversion at seq ${seq}`, where);
    if (ev.assaycontenthash === undefined || ev.assaycontenthash === null) {
      throw new BundleError('ContractSchemaVersion', `Missing content_hash at seq ${seq}`, where);
    }
    let hash = ev.assaycontenthash;
    if (this.ctx.hashChecks) {
      hash = contentHash(ev);
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
    return { event: ev, contentHash: hash };
  }
}
