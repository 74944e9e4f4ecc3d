// Findings in bounded memory (docs/findings.md). The engine loop hands findings over one at a time; the
// sink keeps exact counts (per level, source, baseline state, rule, tool), the first N findings of every
// (level, rule) group for the console, the K highest-ranked findings for SARIF (and JUnit), the compact
// fingerprints for the findings baseline and its diff, and spools the full records through a SortedSpool
// so run.json / `--format json` can stream every finding in the documented order.
import { KeyTable } from '../util/key-table.js';
import {
  compareFindings,
  finalizeDraft,
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

/** How spooled findings are ordered and written (a sort key comparing by code unit, and the record text). */
export interface SpoolFormat {
  key(f: Finding): string;
  text(f: Finding): string;
}

const pad = (n: number) => String(Math.max(0, Math.trunc(n) || 0)).padStart(12, '0');

/** run.json order (02 §5.3: level, rule id, uri, line, fingerprint) and pretty text at depth 2. */
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
  private readonly groupMap = new Map<string, FindingGroup>();
  /** Max-heap on compareForSarif: the worst kept finding on top. */
  private readonly heap: Finding[] = [];
  private readonly tally = new Map<string, number>();
  private readonly tools = new Map<string, number>();
  private fps: FpStore = { bytes: Buffer.alloc(32 * 1024), levels: new Uint8Array(1024), rules: new Uint16Array(1024), n: 0 };
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
    if (opts.spool) {
      this.spool = new SortedSpool(opts.spool);
      this.spoolFormat = opts.spool;
    }
  }

  /** Finalize a draft (fingerprint occurrence counted over everything added so far) and take it. */
  add(d: FindingDraft): Finding {
    const key = `${d.rule_id}\n${d.subject}\n${d.detail}`;
    const occurrence = this.occurrences.get(key) ?? 0;
    this.occurrences.set(key, occurrence + 1);
    return this.addFinding(finalizeDraft(d, occurrence, this.opts));
  }

  /** Take an already finalized finding (its baseline state is set here when a baseline was given). */
  addFinding(input: Finding): Finding {
    let f = input;
    if (this.baseline && (f.level === 'error' || f.level === 'warning')) {
      f = { ...f, baseline_state: this.baseline.has(prefixedFingerprint(f.fingerprint)) ? 'unchanged' : 'new' };
    }
    this.total++;
    this.counts[f.level]++;
    const t = `${f.source}|${f.level}|${f.baseline_state ?? ''}`;
    this.tally.set(t, (this.tally.get(t) ?? 0) + 1);
    if (f.tool !== undefined) {
      const n = this.tools.get(f.tool);
      if (n !== undefined) this.tools.set(f.tool, n + 1);
      else if (this.tools.size < MAX_TOOL_COUNTERS) this.tools.set(f.tool, 1);
      else this.otherTools++;
    }
    const gk = `${f.level}\n${f.rule_id}`;
    let g = this.groupMap.get(gk);
    if (!g) {
      g = { level: f.level, rule_id: f.rule_id, count: 0, sample: [] };
      this.groupMap.set(gk, g);
    }
    g.count++;
    if (g.sample.length < this.perGroup) g.sample.push(f);
    this.keepTop(f);
    if (f.level !== 'note') this.keepFingerprint(f);
    if (this.spool && this.spoolFormat) this.spool.add(this.spoolFormat.key(f), this.spoolFormat.text(f));
    return f;
  }

  private keepTop(f: Finding): void {
    const h = this.heap;
    if (this.topK <= 0) return;
    if (h.length >= this.topK) {
      if (compareForSarif(f, h[0]!) >= 0) return;
      h[0] = f;
      this.siftDown(0);
      return;
    }
    h.push(f);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (compareForSarif(h[i]!, h[p]!) <= 0) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
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
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }

  private keepFingerprint(f: Finding): void {
    const fp = prefixedFingerprint(f.fingerprint);
    if (!/^sha256:[0-9a-f]{64}$/.test(fp)) {
      if (!this.otherFps.has(fp)) this.otherFps.set(fp, { rule_id: f.rule_id, level: f.level });
      return;
    }
    let ri = this.ruleIndex.get(f.rule_id);
    if (ri === undefined) {
      ri = this.ruleIds.length;
      this.ruleIds.push(f.rule_id);
      this.ruleIndex.set(f.rule_id, ri);
    }
    const s = this.fps;
    if (s.n === s.levels.length) {
      const cap = s.levels.length * 2;
      const bytes = Buffer.alloc(cap * 32);
      s.bytes.copy(bytes);
      const levels = new Uint8Array(cap);
      levels.set(s.levels);
      const rules = new Uint16Array(cap);
      rules.set(s.rules);
      this.fps = { bytes, levels, rules, n: s.n };
    }
    const t = this.fps;
    t.bytes.write(fp.slice(7), t.n * 32, 32, 'hex');
    t.levels[t.n] = levelRank(f.level);
    t.rules[t.n] = Math.min(ri, 0xffff);
    t.n++;
  }

  /** Findings at or above `failOn` among `sources` (only `new` ones with `newOnly`). */
  countAtOrAbove(failOn: FailOn, sources: readonly FindingSource[], newOnly = false): number {
    if (failOn === 'none') return 0;
    const limit = levelRank(failOn);
    let n = 0;
    for (const [k, v] of this.tally) {
      const [source, level, state] = k.split('|') as [FindingSource, FindingLevel, string];
      if (!sources.includes(source) || levelRank(level) > limit) continue;
      if (newOnly && state !== 'new') continue;
      n += v;
    }
    return n;
  }

  /** Counts of one source per level. */
  countsOf(source: FindingSource): FindingCounts {
    const c: FindingCounts = { error: 0, warning: 0, note: 0 };
    for (const [k, v] of this.tally) {
      const [s, level] = k.split('|') as [FindingSource, FindingLevel];
      if (s === source) c[level] += v;
    }
    return c;
  }

  /** Findings per tool name (the first MAX_TOOL_COUNTERS distinct names; the rest are in `otherTools`). */
  toolCounts(): ReadonlyMap<string, number> {
    return this.tools;
  }

  /** Groups by level (error first), then rule id. */
  groups(): FindingGroup[] {
    return [...this.groupMap.values()].sort(
      (a, b) => levelRank(a.level) - levelRank(b.level) || (a.rule_id < b.rule_id ? -1 : a.rule_id > b.rule_id ? 1 : 0),
    );
  }

  /** The kept top-K findings in SARIF rank order. */
  top(): Finding[] {
    return [...this.heap].sort(compareForSarif);
  }

  /** The kept top-K findings in run.json order (for in-memory consumers). */
  topSorted(): Finding[] {
    return [...this.heap].sort(compareFindings);
  }

  /** Every spooled finding text in spool order; single use. */
  spooled(): Iterable<string> {
    if (!this.spool) throw new Error('findings sink: no spool configured');
    return this.spool.drain();
  }

  /** Spool a record that is not a finding (e.g. a diagnostic sorted together with findings in one report). */
  spoolRecord(key: string, text: string): void {
    if (!this.spool) throw new Error('findings sink: no spool configured');
    this.spool.add(key, text);
  }

  get hasSpool(): boolean {
    return this.spool !== undefined;
  }

  /** Error/warning fingerprints, unique, sorted, with rule id and level (findings baseline, 02 §9.2). */
  *uniqueFingerprints(): Generator<{ fingerprint: string; rule_id: string; level: FindingLevel }> {
    const s = this.fps;
    const idx = new Uint32Array(s.n);
    for (let i = 0; i < s.n; i++) idx[i] = i;
    const b = s.bytes;
    // buf.compare(target, tStart, tEnd, sStart, sEnd) orders the source range against the target range.
    const sorted = Array.from(idx).sort((x, y) => b.compare(b, y * 32, y * 32 + 32, x * 32, x * 32 + 32));
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
