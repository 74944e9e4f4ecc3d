// A recorded run as a behaviour profile (the `profile` shape): what `--profile-out` writes and what
// `assay evidence export --observations` turns into bundle events. Times come from the observations
// (Unix ms) or, when they carry none, from the caller's clock value.
import { runIdDigest } from '../profile/update.js';
import { PROFILE_VERSION, type Profile, type ProfileEntry } from '../profile/model.js';
import { renderInstant } from '../evidence/time.js';
import type { Aggregate, KeyStats } from './aggregate.js';

const iso = (ms: number): string => renderInstant({ seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1_000_000 });

export function profileFromAggregate(a: Aggregate, o: { name: string; runId: string; fallbackTime: string }): Profile {
  const entry = (s: KeyStats): ProfileEntry => {
    const first = Math.floor((s.first ?? a.first ?? 0) / 1000);
    const last = Math.floor((s.last ?? a.last ?? 0) / 1000);
    return { first_seen: first, last_seen: last, runs_seen: 1, hits_total: s.count };
  };
  const section = (m: Map<string, KeyStats>) => Object.fromEntries([...m].map(([k, s]) => [k, entry(s)]));
  return {
    version: PROFILE_VERSION,
    name: o.name,
    created_at: a.first !== undefined ? iso(a.first) : o.fallbackTime,
    updated_at: a.last !== undefined ? iso(a.last) : o.fallbackTime,
    total_runs: 1,
    run_ids: [o.runId],
    run_id_digests: [runIdDigest(o.runId)],
    entries: { files: section(a.files), network: section(a.network), processes: section(a.processes) },
  };
}
