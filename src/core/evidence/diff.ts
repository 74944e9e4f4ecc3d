// `assay evidence diff`: compare the non-empty subjects per category of two verified bundles.
import { verifyBundleBytes } from './verify.js';
import type { EvidenceLimits } from './limits.js';
import { compareUtf8 } from './export-profile.js';
import { parseRfc3339 } from './time.js';
import { escapeMarkdown } from '../render/safe-text.js';

export type DiffCategory = 'network' | 'filesystem' | 'processes';
export const DIFF_CATEGORIES: readonly DiffCategory[] = ['network', 'filesystem', 'processes'];

export interface DiffSide {
  run_id: string;
  event_count: number;
  run_root: string;
  time_range: [string, string] | null;
  subjects: Record<DiffCategory, Set<string>>;
}

export interface DiffReport {
  comparison_scope: { basis: 'retained_verified_events'; absence_completeness: 'not_established' };
  baseline: Omit<DiffSide, 'subjects'>;
  candidate: Omit<DiffSide, 'subjects'>;
  summary: { event_count_delta: number; duration_delta: number | null };
  network: { added: string[]; removed: string[] };
  filesystem: { added: string[]; removed: string[] };
  processes: { added: string[]; removed: string[] };
}

/** The category an event type belongs to, if any. */
export function categoryOf(type: string): DiffCategory | undefined {
  const has = (seg: string) => type.includes(`.${seg}.`) || type.endsWith(`.${seg}`);
  if (has('net')) return 'network';
  if (has('fs')) return 'filesystem';
  if (has('process')) return 'processes';
  return undefined;
}

/** Verify a bundle and collect what diff compares. Throws BundleError when it does not verify. */
export async function diffSide(bytes: Uint8Array, opts: { limits?: Partial<EvidenceLimits>; bundleLabel?: string } = {}): Promise<DiffSide> {
  const subjects: Record<DiffCategory, Set<string>> = { network: new Set(), filesystem: new Set(), processes: new Set() };
  const r = await verifyBundleBytes(bytes, {
    ...opts,
    onEvent: (ev) => {
      const c = categoryOf(ev.type);
      if (c !== undefined && typeof ev.subject === 'string' && ev.subject !== '') subjects[c].add(ev.subject);
    },
  });
  return { run_id: r.run_id, event_count: r.event_count, run_root: r.run_root, time_range: [r.time_first, r.time_last], subjects };
}

function durationSeconds(range: [string, string] | null): number | null {
  if (range === null) return null;
  const a = parseRfc3339(range[0])!;
  const b = parseRfc3339(range[1])!;
  return b.seconds - a.seconds + (b.nanos - a.nanos) / 1e9;
}

export function diffBundles(baseline: DiffSide, candidate: DiffSide): DiffReport {
  const meta = (s: DiffSide) => ({ run_id: s.run_id, event_count: s.event_count, run_root: s.run_root, time_range: s.time_range });
  const set = (c: DiffCategory) => ({
    added: [...candidate.subjects[c]].filter((x) => !baseline.subjects[c].has(x)).sort(compareUtf8),
    removed: [...baseline.subjects[c]].filter((x) => !candidate.subjects[c].has(x)).sort(compareUtf8),
  });
  const db = durationSeconds(baseline.time_range);
  const dc = durationSeconds(candidate.time_range);
  return {
    comparison_scope: { basis: 'retained_verified_events', absence_completeness: 'not_established' },
    baseline: meta(baseline),
    candidate: meta(candidate),
    summary: { event_count_delta: candidate.event_count - baseline.event_count, duration_delta: db === null || dc === null ? null : Math.round((dc - db) * 1e9) / 1e9 },
    network: set('network'),
    filesystem: set('filesystem'),
    processes: set('processes'),
  };
}

export function hasAdditions(r: DiffReport): boolean {
  return DIFF_CATEGORIES.some((c) => r[c].added.length > 0);
}

const TITLES: Record<DiffCategory, string> = { network: 'Network', filesystem: 'Filesystem', processes: 'Processes' };
const SCOPE = 'Comparison scope: retained verified events. Absence and completeness are not established.';

function signed(n: number): string {
  return n >= 0 ? `+${n}` : String(n);
}

/** Human output; `clean` makes archive-controlled subjects display-safe. */
export function diffText(r: DiffReport, clean: (s: string) => string): string {
  const out = [
    `Baseline:  ${clean(r.baseline.run_id)} (${r.baseline.event_count} events)`,
    `Candidate: ${clean(r.candidate.run_id)} (${r.candidate.event_count} events)`,
    `Event count delta: ${signed(r.summary.event_count_delta)}`,
    SCOPE,
  ];
  let any = false;
  for (const c of DIFF_CATEGORIES) {
    const { added, removed } = r[c];
    if (added.length === 0 && removed.length === 0) continue;
    any = true;
    out.push(`${TITLES[c]}:`);
    for (const a of added) out.push(`  + ${clean(a)}`);
    for (const d of removed) out.push(`  - ${clean(d)}`);
  }
  if (!any) out.push('No differences found.');
  return out.join('\n') + '\n';
}

/** The same content as a Markdown table (PR comment). */
export function diffMarkdown(r: DiffReport, clean: (s: string) => string): string {
  const md = (s: string) => escapeMarkdown(clean(s));
  const out = [
    '### Evidence diff',
    '',
    '| | Run | Events |',
    '|---|---|---|',
    `| Baseline | ${md(r.baseline.run_id)} | ${r.baseline.event_count} |`,
    `| Candidate | ${md(r.candidate.run_id)} | ${r.candidate.event_count} |`,
    '',
    `Event count delta: **${signed(r.summary.event_count_delta)}**`,
    '',
    `_${SCOPE}_`,
    '',
  ];
  const rows: string[] = [];
  for (const c of DIFF_CATEGORIES) {
    for (const a of r[c].added) rows.push(`| ${TITLES[c]} | added | ${md(a)} |`);
    for (const d of r[c].removed) rows.push(`| ${TITLES[c]} | removed | ${md(d)} |`);
  }
  if (rows.length === 0) out.push('No differences found.');
  else out.push('| Category | Change | Subject |', '|---|---|---|', ...rows);
  return out.join('\n') + '\n';
}
