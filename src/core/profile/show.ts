// `profile show`: totals and the top entries by runs seen, as text or a document.
import { safeText } from '../render/safe-text.js';
import { emitYaml } from '../generate/yaml-emit.js';
import type { Profile, ProfileEntry } from './model.js';

export interface TopEntry {
  section: 'files' | 'network' | 'processes' | 'tools';
  key: string;
  runs_seen: number;
  hits_total: number;
  first_seen: number;
  last_seen: number;
}

export interface ProfileSummary {
  schema: 'assay.profile_summary.v1';
  name: string;
  version: string;
  scope: string | null;
  created_at: string;
  updated_at: string;
  total_runs: number;
  last_run_id: string | null;
  run_ids_kept: number;
  counts: { files: number; network: number; processes: number; tools: number };
  top: TopEntry[];
}

export function summarizeProfile(p: Profile, top: number): ProfileSummary {
  const all: TopEntry[] = [];
  const add = (section: TopEntry['section'], m: Record<string, ProfileEntry> | undefined): void => {
    for (const [key, e] of Object.entries(m ?? {})) {
      all.push({ section, key, runs_seen: e.runs_seen, hits_total: e.hits_total, first_seen: e.first_seen, last_seen: e.last_seen });
    }
  };
  add('files', p.entries.files);
  add('network', p.entries.network);
  add('processes', p.entries.processes);
  add('tools', p.entries.tools);
  all.sort(
    (a, b) =>
      b.runs_seen - a.runs_seen ||
      b.hits_total - a.hits_total ||
      (a.section < b.section ? -1 : a.section > b.section ? 1 : 0) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return {
    schema: 'assay.profile_summary.v1',
    name: p.name,
    version: p.version,
    scope: p.scope ?? null,
    created_at: p.created_at,
    updated_at: p.updated_at,
    total_runs: p.total_runs,
    last_run_id: p.run_ids.at(-1) ?? null,
    run_ids_kept: p.run_ids.length,
    counts: {
      files: Object.keys(p.entries.files).length,
      network: Object.keys(p.entries.network).length,
      processes: Object.keys(p.entries.processes).length,
      tools: Object.keys(p.entries.tools ?? {}).length,
    },
    top: all.slice(0, Math.max(0, top)),
  };
}

export function profileSummaryText(s: ProfileSummary): string {
  const lines = [
    `Profile: ${safeText(s.name)} (version ${s.version}${s.scope !== null ? `, scope ${safeText(s.scope)}` : ''})`,
    `Runs: ${s.total_runs}${s.last_run_id !== null ? ` (last: ${safeText(s.last_run_id)})` : ''}`,
    `Created: ${s.created_at}  Updated: ${s.updated_at}`,
    `Entries: ${s.counts.files} files, ${s.counts.network} network, ${s.counts.processes} processes, ${s.counts.tools} tools`,
  ];
  if (s.top.length) {
    lines.push(`Top ${s.top.length} by runs seen:`);
    const width = Math.min(60, Math.max(...s.top.map((t) => [...t.key].length)));
    for (const t of s.top) {
      const key = safeText(t.key, { bound: 120 }).replace(/[\r\n\t]/g, ' ');
      lines.push(`  ${t.section.padEnd(9)}  ${key.padEnd(width)}  ${t.runs_seen}/${s.total_runs} runs  ${t.hits_total} hits`);
    }
  } else lines.push('No entries yet: run `assay profile update --profile <file> -i <trace> --run-id <id>`.');
  return lines.join('\n') + '\n';
}

export function profileSummaryDocument(s: ProfileSummary, format: 'json' | 'yaml'): string {
  return format === 'json' ? JSON.stringify(s, null, 2) + '\n' : emitYaml(s);
}
