// Findings in bounded memory (docs/findings.md). The engine loop hands findings over one at a time; the
// sink keeps exact counts (per level, source, baseline state, rule, tool), the first N findings of every
// (level, rule) group for the console, the K highest-ranked findings for SARIF (and JUnit), the compact
// fingerprints for the findings baseline and its diff, and spools the full records through a SortedSpool
// so run.json / `--format json` can stream every finding in the documented order.
import { KeyTable } from '../util/key-table.js';
import {
  compareFindings,
  finalizeDraft,
  fingerprintV1,
  levelRank,
  prefixedFingerprint,
  type FailOn,
  type FinalizeOptions,
  type Finding,
  type FindingCounts,
  type FindingDraft,
  type FindingLevel,
  type FindingSource,
} from './finding.js';
import { compareForSarif, MAX_RESULTS_PER_RUN } from './sarif.js';
import { SortedSpool, type SortedSpoolOptions } from './sorted-spool.js';
import { prettyAt } from './json-stream.js';

export const DEFAULT_CONSOLE_PER_GROUP = 20;
/** Distinct tool names counted one by one; the rest are summed under `otherTools`. */
export const MAX_TOOL_COUNTERS = 10_000;
/**
 * UTF-16 units of text the top-K may hold (messages, names, keys): findings with 4 KB messages would
 * otherwise make 25,000 kept findings cost hundreds of MB. Past it the lowest-ranked kept findings are
 * dropped (SARIF reports them as omitted), so memory is bounded in bytes as well as in count.
 */
export const DEFAULT_TOP_CHARS = 12_000_000;

/** How spooled findings are ordered and written (a sort key comparing by code unit, and the record text). */
export interface SpoolFormat {
  key(f: Finding): string;
  text(f: Finding): string;
  /** Key and text at once, when they share work (both derive from one rendered record). */
  entry?(f: Finding): readonly [key: string, text: string];
}

const SOURCES: readonly FindingSource[] = ['test', 'policy', 'baseline', 'config'];
const LEVELS: readonly FindingLevel[] = ['error', 'warning', 'note'];
const STATES = ['', 'new', 'unchanged'] as const;

/** Counter slot of (source, level, baseline state). */
function tallySlot(source: FindingSource, level: FindingLevel, state: string | undefined): number {
  const si = SOURCES.indexOf(source);
  return ((si < 0 ? 0 : si) * 3 + levelRank(level)) * 3 + (state === 'new' ? 1 : state === 'unchanged' ? 2 : 0);
}

/** Text units a kept finding holds (its strings; numbers and the object itself are small and constant). */
function charsOf(f: Finding): number {
  let n = 200 + f.message.length + f.location.uri.length + (f.entry_key?.length ?? 0) + (f.tool?.length ?? 0) + (f.policy_rule?.length ?? 0) + (f.test_id?.length ?? 0);
  if (f.related) for (const r of f.related) n += 40 + r.message.length + r.uri.length;
  return n;
}

const SHA256_FP = /^sha256:[0-9a-f]{64}$/;
/** Fingerprints per chunk of the compact store (2 MB of bytes). */
const FP_CHUNK = 65_536;

/**
 * Indexes of the n 32-byte records of `b` in byte order. A native numeric sort on (first 4 bytes, index)
 * packed in one float (exact: 32 + 21 bits), then the rare runs with an equal first word by full compare.
 */
function sortedIndexes(b: Buffer, n: number): number[] {
  const out: number[] = new Array(n);
  if (n >= 1 << 21) {
    for (let i = 0; i < n; i++) out[i] = i;
    return out.sort((x, y) => b.compare(b, y * 32, y * 32 + 32, x * 32, x * 32 + 32));
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = b.readUInt32BE(i * 32) * 2097152 + i;
  keys.sort();
  for (let i = 0; i < n; i++) out[i] = keys[i]! % 2097152;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    const w = b.readUInt32BE(out[i]! * 32);
    while (j < n && b.readUInt32BE(out[j]! * 32) === w) j++;
    if (j - i > 1) {
      // buf.compare(target, tStart, tEnd, sStart, sEnd) orders the source range against the target range.
      const run = out.slice(i, j).sort((x, y) => b.compare(b, y * 32, y * 32 + 32, x * 32, x * 32 + 32));
      for (let k = 0; k < run.length; k++) out[i + k] = run[k]!;
    }
    i = j;
  }
  return out;
}

const pad = (n: number) => String(Math.max(0, Math.trunc(n) || 0)).padStart(12, '0');

/** run.json order (level, rule id, uri, line, fingerprint) and pretty text at depth 2. */
export const RUN_JSON_SPOOL: SpoolFormat = {
  key: (f) => `${levelRank(f.level)}\u0000${f.rule_id}\u0000${f.location.uri}\u0000${pad(f.location.line)}\u0000${f.fingerprint}`,
  text: (f) => prettyAt(f, 2),
};

export interface FindingsSinkOptions extends FinalizeOptions {
  /** Fingerprints of a findings baseline (any form): error/warning findings get `baseline_state`. */
  baseline?: readonly string[];
  /** Findings kept per (level, rule id) group for the console. */
  consolePerGroup?: number;
  /** Findings kept for SARIF/JUnit (highest ranked by compareForSarif). */
  topK?: number;
  /** Text units (UTF-16) the kept top-K may hold (DEFAULT_TOP_CHARS). */
  topChars?: number;
  /** Spool every finding for a streamed report; absent = no spool (text output only). */
  spool?: SpoolFormat & SortedSpoolOptions;
}

export interface FindingGroup {
  level: FindingLevel;
  rule_id: string;
  count: number;
  /** The first findings of the group in arrival order (≤ consolePerGroup). */
  sample: Finding[];
}

interface FpStore {
  bytes: Buffer;
  levels: Uint8Array;
  rules: Uint16Array;
  n: number;
}

export class FindingsSink {
  private readonly occurrences = new KeyTable();
  private readonly baseline: Set<string> | undefined;
  private readonly perGroup: number;
  private readonly topK: number;
  private readonly spool: SortedSpool | undefined;
  private readonly spoolFormat: SpoolFormat | undefined;
  /** Per level rank: rule id → group. */
  private readonly groupMap: Array<Map<string, FindingGroup>> = [new Map(), new Map(), new Map()];
  /** Max-heap on compareForSarif: the worst kept finding on top. */
  private readonly heap: Finding[] = [];
  private readonly topChars: number;
  private heapChars = 0;
  /** The best-ranked finding the text budget dropped: nothing ranked at or below it is kept after. */
  private floor: Finding | undefined;
  /** Findings that left the top-K because of its text budget (they are still counted everywhere else). */
  droppedByBudget = 0;
  /** Counts per tallySlot(source, level, baseline state). */
  private readonly tally = new Float64Array(SOURCES.length * 9);
  private readonly tools = new Map<string, number>();
  private readonly fpChunks: FpStore[] = [];
  private readonly ruleIds: string[] = [];
  private readonly ruleIndex = new Map<string, number>();
  /** Fingerprints that are not sha256 hex (kept as strings; rare). */
  private readonly otherFps = new Map<string, { rule_id: string; level: FindingLevel }>();
  otherTools = 0;
  total = 0;
  readonly counts: FindingCounts = { error: 0, warning: 0, note: 0 };

  constructor(private readonly opts: FindingsSinkOptions = {}) {
    this.baseline = opts.baseline ? new Set(opts.baseline.map(prefixedFingerprint)) : undefined;
    this.perGroup = opts.consolePerGroup ?? DEFAULT_CONSOLE_PER_GROUP;
    this.topK = opts.topK ?? MAX_RESULTS_PER_RUN;
    this.topChars = opts.topChars ?? DEFAULT_TOP_CHARS;
    if (opts.spool) {
      this.spool = new SortedSpool(opts.spool);
      this.spoolFormat = opts.spool;
    }
  }

  /** Finalize a draft (fingerprint occurrence counted over everything added so far) and take it. */
  add(d: FindingDraft): Finding {
    const key = `${d.rule_id}\n${d.subject}\n${d.detail}`;
    const occurrence = this.occurrences.bump(key);
    const hex = fingerprintV1(d.rule_id, d.subject, d.detail, occurrence);
    return this.take(finalizeDraft(d, occurrence, this.opts, hex), hex, true);
  }

  /** Take an already finalized finding (its baseline state is set here when a baseline was given). */
  addFinding(input: Finding): Finding {
    const fp = prefixedFingerprint(input.fingerprint);
    return this.take(input, SHA256_FP.test(fp) ? fp.slice(7) : undefined, false);
  }

  /**
   * `hex`: the finding's bare sha256 fingerprint when known to be one (else kept as a string); `own`: the
   * finding was made here (finalizeDraft) and may be completed in place (baseline_state is its last key).
   */
  private take(input: Finding, hex: string | undefined, own: boolean): Finding {
    let f = input;
    if (this.baseline && (f.level === 'error' || f.level === 'warning')) {
      const fp = hex !== undefined ? `sha256:${hex}` : prefixedFingerprint(f.fingerprint);
      const state = this.baseline.has(fp) ? 'unchanged' : 'new';
      if (own && f.baseline_state === undefined) f.baseline_state = state;
      else f = { ...f, baseline_state: state };
    }
    this.total++;
    this.counts[f.level]++;
    this.tally[tallySlot(f.source, f.level, f.baseline_state)]!++;
    if (f.tool !== undefined) {
      const n = this.tools.get(f.tool);
      if (n !== undefined) this.tools.set(f.tool, n + 1);
      else if (this.tools.size < MAX_TOOL_COUNTERS) this.tools.set(f.tool, 1);
      else this.otherTools++;
    }
    const byRule = this.groupMap[levelRank(f.level)]!;
    let g = byRule.get(f.rule_id);
    if (!g) {
      g = { level: f.level, rule_id: f.rule_id, count: 0, sample: [] };
      byRule.set(f.rule_id, g);
    }
    g.count++;
    if (g.sample.length < this.perGroup) g.sample.push(f);
    this.keepTop(f);
    if (f.level !== 'note') {
      if (hex !== undefined) this.keepFingerprintHex(hex, f);
      else this.keepFingerprint(f);
    }
    const sf = this.spoolFormat;
    if (this.spool && sf) {
      if (sf.entry) {
        const [k, t] = sf.entry(f);
        this.spool.add(k, t);
      } else this.spool.add(sf.key(f), sf.text(f));
    }
    return f;
  }

  private keepTop(f: Finding): void {
    const h = this.heap;
    if (this.topK <= 0) return;
    // Ranked at or below a finding the text budget dropped: keeping it would break "the K best".
    if (this.floor !== undefined && compareForSarif(f, this.floor) >= 0) return;
    if (h.length >= this.topK) {
      if (compareForSarif(f, h[0]!) >= 0) return;
      this.heapChars += charsOf(f) - charsOf(h[0]!);
      h[0] = f;
      this.siftDown(0);
    } else {
      h.push(f);
      this.heapChars += charsOf(f);
      this.siftUp(h.length - 1);
    }
    // Over the text budget: drop the lowest-ranked kept findings (at least one is always kept).
    while (this.heapChars > this.topChars && h.length > 1) {
      const worst = h[0]!;
      this.heapChars -= charsOf(worst);
      this.droppedByBudget++;
      if (this.floor === undefined || compareForSarif(worst, this.floor) < 0) this.floor = worst;
      const last = h.pop()!;
      if (h.length > 0) {
        h[0] = last;
        this.siftDown(0);
      }
    }
  }

  private siftUp(start: number): void {
    const h = this.heap;
    let i = start;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (compareForSarif(h[i]!, h[p]!) <= 0) break;
      const t = h[i]!;
      h[i] = h[p]!;
      h[p] = t;
      i = p;
    }
  }

  private siftDown(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && compareForSarif(h[l]!, h[m]!) > 0) m = l;
      if (r < h.length && compareForSarif(h[r]!, h[m]!) > 0) m = r;
      if (m === i) return;
      const t = h[i]!;
      h[i] = h[m]!;
      h[m] = t;
      i = m;
    }
  }

  private keepFingerprint(f: Finding): void {
    const fp = prefixedFingerprint(f.fingerprint);
    if (!SHA256_FP.test(fp)) {
      if (!this.otherFps.has(fp)) this.otherFps.set(fp, { rule_id: f.rule_id, level: f.level });
      return;
    }
    this.keepFingerprintHex(fp.slice(7), f);
  }

  /** Store a bare lower-case sha256 hex fingerprint as 32 bytes. */
  private keepFingerprintHex(hex: string, f: Finding): void {
    let ri = this.ruleIndex.get(f.rule_id);
    if (ri === undefined) {
      ri = this.ruleIds.length;
      this.ruleIds.push(f.rule_id);
      this.ruleIndex.set(f.rule_id, ri);
    }
    // Fixed-size chunks, never grown by copying: a doubling store frees ever larger blocks that the
    // allocator keeps resident (tens of MB of peak RSS at a million findings).
    let t = this.fpChunks[this.fpChunks.length - 1];
    if (t === undefined || t.n === FP_CHUNK) {
      t = { bytes: Buffer.allocUnsafe(FP_CHUNK * 32), levels: new Uint8Array(FP_CHUNK), rules: new Uint16Array(FP_CHUNK), n: 0 };
      this.fpChunks.push(t);
    }
    t.bytes.write(hex, t.n * 32, 32, 'hex');
    t.levels[t.n] = levelRank(f.level);
    t.rules[t.n] = Math.min(ri, 0xffff);
    t.n++;
  }

  /** The fingerprint chunks as one store (made when the baseline is written). */
  private fpStore(): FpStore {
    const n = this.fpChunks.reduce((a, c) => a + c.n, 0);
    if (this.fpChunks.length === 1) return this.fpChunks[0]!;
    const bytes = Buffer.allocUnsafe(n * 32);
    const levels = new Uint8Array(n);
    const rules = new Uint16Array(n);
    let at = 0;
    for (const c of this.fpChunks) {
      c.bytes.copy(bytes, at * 32, 0, c.n * 32);
      levels.set(c.levels.subarray(0, c.n), at);
      rules.set(c.rules.subarray(0, c.n), at);
      at += c.n;
    }
    return { bytes, levels, rules, n };
  }

  /** Findings at or above `failOn` among `sources` (only `new` ones with `newOnly`). */
  countAtOrAbove(failOn: FailOn, sources: readonly FindingSource[], newOnly = false): number {
    if (failOn === 'none') return 0;
    const limit = levelRank(failOn);
    let n = 0;
    for (const source of sources) {
      for (const level of LEVELS) {
        if (levelRank(level) > limit) continue;
        for (const state of STATES) {
          if (newOnly && state !== 'new') continue;
          n += this.tally[tallySlot(source, level, state)]!;
        }
      }
    }
    return n;
  }

  /** Counts of one source per level. */
  countsOf(source: FindingSource): FindingCounts {
    const c: FindingCounts = { error: 0, warning: 0, note: 0 };
    for (const level of LEVELS) for (const state of STATES) c[level] += this.tally[tallySlot(source, level, state)]!;
    return c;
  }

  /** Findings per tool name (the first MAX_TOOL_COUNTERS distinct names; the rest are in `otherTools`). */
  toolCounts(): ReadonlyMap<string, number> {
    return this.tools;
  }

  /** Groups by level (error first), then rule id. */
  groups(): FindingGroup[] {
    return this.groupMap.flatMap((m) => [...m.values()].sort((a, b) => (a.rule_id < b.rule_id ? -1 : a.rule_id > b.rule_id ? 1 : 0)));
  }

  /** The kept top-K findings in SARIF rank order. */
  top(): Finding[] {
    return [...this.heap].sort(compareForSarif);
  }

  /** The kept top-K findings in run.json order (for in-memory consumers). */
  topSorted(): Finding[] {
    return [...this.heap].sort(compareFindings);
  }

  /** Every spooled finding text in spool order. */
  spooled(): Iterable<string> {
    if (!this.spool) throw new Error('findings sink: no spool configured');
    return this.spool.drain();
  }

  /** The same as UTF-8 bytes, each valid until the next is requested (for the streaming writers). */
  spooledBytes(): Iterable<Uint8Array> {
    if (!this.spool) throw new Error('findings sink: no spool configured');
    return this.spool.drainBytes();
  }

  /** Spool a record that is not a finding (e.g. a diagnostic sorted together with findings in one report). */
  spoolRecord(key: string, text: string): void {
    if (!this.spool) throw new Error('findings sink: no spool configured');
    this.spool.add(key, text);
  }

  get hasSpool(): boolean {
    return this.spool !== undefined;
  }

  /** Error/warning fingerprints, unique, sorted, with rule id and level (findings baseline). */
  *uniqueFingerprints(): Generator<{ fingerprint: string; rule_id: string; level: FindingLevel }> {
    const s = this.fpStore();
    const b = s.bytes;
    const sorted = sortedIndexes(b, s.n);
    const others = [...this.otherFps.entries()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    let oi = 0;
    let prev = -1;
    for (const i of sorted) {
      if (prev >= 0 && b.compare(b, prev * 32, prev * 32 + 32, i * 32, i * 32 + 32) === 0) continue;
      prev = i;
      const fp = `sha256:${b.toString('hex', i * 32, i * 32 + 32)}`;
      while (oi < others.length && others[oi]![0] < fp) {
        const [o, m] = others[oi++]!;
        yield { fingerprint: o, ...m };
      }
      yield { fingerprint: fp, rule_id: this.ruleIds[s.rules[i]!]!, level: s.levels[i] === 0 ? 'error' : 'warning' };
    }
    while (oi < others.length) {
      const [o, m] = others[oi++]!;
      yield { fingerprint: o, ...m };
    }
  }

  /** Remove spool files (when the spool was not drained). */
  dispose(): void {
    this.spool?.dispose();
  }
}
