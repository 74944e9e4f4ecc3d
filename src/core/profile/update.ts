// `profile update`: merge one run into a profile. Idempotent per run id (its sha256 is kept in
// run_id_digests, the last 5000; the ids themselves, the last 200); the first scope seen is locked.
import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';
import type { RuntimeEvents } from '../generate/runtime-events.js';
import { mergeToolStat, type ToolStat } from '../generate/tool-stats.js';
import { MAX_RUN_ID_DIGESTS, MAX_RUN_IDS, type Profile, type ProfileEntry, type RuntimeSection, type ToolProfileEntry } from './model.js';

export type RunObservations =
  | { kind: 'runtime'; events: RuntimeEvents }
  | { kind: 'tool'; tools: ReadonlyMap<string, ToolStat> };

export interface MergeOptions {
  runId: string;
  scope?: string;
  /** Merge even when the scope differs from the locked one. */
  force?: boolean;
  /** Unix seconds for first_seen/last_seen. */
  nowSeconds: number;
  /** RFC 3339 for updated_at. */
  nowIso: string;
}

export interface MergeResult {
  status: 'merged' | 'already_merged';
  profile: Profile;
  /** Keys seen for the first time, as `<section>:<key>`, sorted. */
  added: string[];
  /** Keys seen again. */
  updated: number;
  /** Remarks for stderr (scope override with --force). */
  notes: string[];
}

export function runIdDigest(runId: string): string {
  return createHash('sha256').update(runId, 'utf8').digest('hex');
}

export function hasRun(p: Profile, runId: string): boolean {
  return p.run_ids.includes(runId) || p.run_id_digests.includes(runIdDigest(runId));
}

function bumpEntry(map: Record<string, ProfileEntry>, key: string, hits: number, now: number): boolean {
  const e = map[key];
  if (e) {
    e.runs_seen++;
    e.hits_total += hits;
    e.last_seen = now;
    return false;
  }
  map[key] = { first_seen: now, last_seen: now, runs_seen: 1, hits_total: hits };
  return true;
}

function toStat(e: ToolProfileEntry): ToolStat {
  return {
    calls: e.hits_total,
    entries: e.entries,
    nonObjectCalls: e.non_object_calls ?? 0,
    nonObjectTypes: e.non_object_types ?? [],
    args: e.args,
  };
}

/** The merged tool summary of a profile entry, as the policy builder reads it. */
export function toolStatOf(e: ToolProfileEntry): ToolStat & { runs_seen: number } {
  return { ...toStat(e), runs_seen: e.runs_seen };
}

export function mergeRun(input: Profile, obs: RunObservations, o: MergeOptions): MergeResult {
  if (o.runId === '') throw new UsageError('E_INVALID_ARGS', '--run-id must not be empty', { source: 'cli' });
  if (hasRun(input, o.runId)) return { status: 'already_merged', profile: input, added: [], updated: 0, notes: [] };
  const notes: string[] = [];
  const p: Profile = structuredClone(input);
  if (o.scope !== undefined) {
    if (p.scope === undefined) p.scope = o.scope;
    else if (p.scope !== o.scope) {
      if (!o.force) {
        throw new UsageError('E_INVALID_ARGS', `profile scope is locked to "${p.scope}"; this run is "${o.scope}" (pass --force to merge it anyway)`, { source: 'cli' });
      }
      notes.push(`merged a run of scope "${o.scope}" into the profile locked to "${p.scope}" (--force)`);
    }
  }
  const added: string[] = [];
  let updated = 0;
  const track = (section: string, key: string, isNew: boolean): void => {
    if (isNew) added.push(`${section}:${key}`);
    else updated++;
  };
  if (obs.kind === 'runtime') {
    for (const sec of ['files', 'network', 'processes'] as RuntimeSection[]) {
      for (const [key, hits] of obs.events[sec]) track(sec, key, bumpEntry(p.entries[sec], key, hits, o.nowSeconds));
    }
  } else {
    const tools = (p.entries.tools ??= {});
    for (const [name, stat] of obs.tools) {
      const prev = tools[name];
      const merged = mergeToolStat(prev ? toStat(prev) : undefined, stat);
      const e: ToolProfileEntry = {
        first_seen: prev?.first_seen ?? o.nowSeconds,
        last_seen: o.nowSeconds,
        runs_seen: (prev?.runs_seen ?? 0) + 1,
        hits_total: merged.calls,
        entries: merged.entries,
        args: merged.args,
      };
      if (merged.nonObjectCalls) {
        e.non_object_calls = merged.nonObjectCalls;
        e.non_object_types = merged.nonObjectTypes;
      }
      tools[name] = e;
      track('tools', name, prev === undefined);
    }
  }
  p.total_runs++;
  p.run_ids = [...p.run_ids, o.runId].slice(-MAX_RUN_IDS);
  p.run_id_digests = [...p.run_id_digests, runIdDigest(o.runId)].slice(-MAX_RUN_ID_DIGESTS);
  p.updated_at = o.nowIso;
  added.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { status: 'merged', profile: p, added, updated, notes };
}
