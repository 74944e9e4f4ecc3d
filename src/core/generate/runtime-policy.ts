// The runtime policy document from one run's events or from a profile.
// Entries are de-duplicated and sorted by code unit; empty lists are omitted; an empty `network` is `{}`.
import { judgeDest, judgePath, DEFAULT_ENTROPY_THRESHOLD, type Judgement, type Risk } from './heuristics.js';
import type { RuntimeEvents } from './runtime-events.js';
import { placeEntry, type Placement, type StabilityOptions } from './stability.js';
import { emitYaml } from './yaml-emit.js';

export interface RuntimeEntryObject {
  pattern: string;
  count?: number;
  stability?: number;
  runs_seen?: number;
  risk?: Risk | 'low';
  reasons?: string[];
}

export type RuntimeEntry = string | RuntimeEntryObject;

export interface RuntimePolicyMeta {
  name: string;
  generated_at: string;
  profile_runs?: number;
  min_stability?: number;
  min_runs?: number;
}

export interface RuntimePolicyDoc {
  _meta: RuntimePolicyMeta;
  files: Record<string, RuntimeEntry[]>;
  network: Record<string, RuntimeEntry[]>;
  processes: Record<string, RuntimeEntry[]>;
}

export type RuntimeKind = 'files' | 'network' | 'processes';
export const RUNTIME_KINDS: readonly RuntimeKind[] = ['files', 'network', 'processes'];

/** Section keys per kind: allow, review, deny. */
const SECTION_KEYS: Record<RuntimeKind, [string, string, string]> = {
  files: ['allow', 'needs_review', 'deny'],
  network: ['allow_destinations', 'needs_review', 'deny_destinations'],
  processes: ['allow', 'needs_review', 'deny'],
};

export interface RuntimeCounts {
  /** Unique keys considered. */
  unique: number;
  allow: number;
  needs_review: number;
  deny: number;
}

export interface RuntimePolicyResult {
  doc: RuntimePolicyDoc;
  counts: RuntimeCounts;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface HeuristicOptions {
  heuristics: boolean;
  entropyThreshold?: number;
}

function judge(kind: RuntimeKind, key: string, o: HeuristicOptions): Judgement {
  if (!o.heuristics) return { reasons: [] };
  return kind === 'network' ? judgeDest(key) : judgePath(key, o.entropyThreshold ?? DEFAULT_ENTROPY_THRESHOLD);
}

function section(kind: RuntimeKind, placed: Array<{ placement: Exclude<Placement, 'omit'>; entry: RuntimeEntry }>): Record<string, RuntimeEntry[]> {
  const [allowKey, reviewKey, denyKey] = SECTION_KEYS[kind];
  const out: Record<string, RuntimeEntry[]> = {};
  const buckets: Array<[string, Placement]> = [
    [allowKey, 'allow'],
    [reviewKey, 'needs_review'],
    [denyKey, 'deny'],
  ];
  for (const [key, p] of buckets) {
    const list = placed.filter((x) => x.placement === p).map((x) => x.entry);
    if (list.length) out[key] = list;
  }
  return out;
}

function tally(counts: RuntimeCounts, p: Placement): void {
  counts.unique++;
  if (p === 'allow') counts.allow++;
  else if (p === 'needs_review') counts.needs_review++;
  else if (p === 'deny') counts.deny++;
}

/** Single run: seen once → plain string, more → `{pattern, count}`; risky entries carry `risk` and `reasons`. */
export function runtimePolicyFromEvents(ev: RuntimeEvents, o: HeuristicOptions & { name: string; generatedAt: string }): RuntimePolicyResult {
  const counts: RuntimeCounts = { unique: 0, allow: 0, needs_review: 0, deny: 0 };
  const doc: RuntimePolicyDoc = { _meta: { name: o.name, generated_at: o.generatedAt }, files: {}, network: {}, processes: {} };
  for (const kind of RUNTIME_KINDS) {
    const placed = [...ev[kind].keys()].sort(cmp).map((pattern) => {
      const count = ev[kind].get(pattern)!;
      const j = judge(kind, pattern, o);
      const placement: Exclude<Placement, 'omit'> = j.risk === 'deny_recommended' ? 'deny' : j.risk === 'needs_review' ? 'needs_review' : 'allow';
      tally(counts, placement);
      let entry: RuntimeEntry = pattern;
      if (j.risk !== undefined || count > 1) {
        const obj: RuntimeEntryObject = { pattern };
        if (count > 1) obj.count = count;
        if (j.risk) {
          obj.risk = j.risk;
          obj.reasons = j.reasons;
        }
        entry = obj;
      }
      return { placement, entry };
    });
    doc[kind] = section(kind, placed);
  }
  return { doc, counts };
}

/** What a profile knows per runtime key. */
export interface ProfileEntryStats {
  runs_seen: number;
  hits_total: number;
}

export interface ProfileView {
  total_runs: number;
  entries: Record<RuntimeKind, ReadonlyMap<string, ProfileEntryStats>>;
}

/** Profile: risk first, then min-runs, then the stability gate (stability.ts). */
export function runtimePolicyFromProfile(
  p: ProfileView,
  o: HeuristicOptions & { name: string; generatedAt: string; stability: StabilityOptions },
): RuntimePolicyResult {
  const counts: RuntimeCounts = { unique: 0, allow: 0, needs_review: 0, deny: 0 };
  const doc: RuntimePolicyDoc = {
    _meta: {
      name: o.name,
      generated_at: o.generatedAt,
      profile_runs: p.total_runs,
      min_stability: o.stability.minStability,
      min_runs: o.stability.minRuns,
    },
    files: {},
    network: {},
    processes: {},
  };
  for (const kind of RUNTIME_KINDS) {
    const map = p.entries[kind];
    const placed: Array<{ placement: Exclude<Placement, 'omit'>; entry: RuntimeEntry }> = [];
    for (const pattern of [...map.keys()].sort(cmp)) {
      const s = map.get(pattern)!;
      const j = judge(kind, pattern, o);
      const v = placeEntry(s.runs_seen, p.total_runs, j.risk, j.reasons, o.stability);
      tally(counts, v.placement);
      if (v.placement === 'omit') continue;
      const entry: RuntimeEntryObject = { pattern, count: s.hits_total, stability: v.stability, runs_seen: s.runs_seen };
      if (j.risk) entry.risk = j.risk;
      entry.reasons = v.reasons;
      placed.push({ placement: v.placement, entry });
    }
    doc[kind] = section(kind, placed);
  }
  return { doc, counts };
}

export function runtimePolicyText(doc: RuntimePolicyDoc, format: 'yaml' | 'json'): string {
  if (format === 'json') return JSON.stringify(doc, null, 2) + '\n';
  return emitYaml(doc);
}
