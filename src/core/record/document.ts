// The generate/record document (docs/record.md) from one recorded run. Exact entries, no
// collapsing: each file carries the `access` it was used with, so `assay sandbox -p` (which converts this
// document) grants a read-only file read-only and a created file's directory read-write.
import { judgeDest, judgePath } from '../generate/heuristics.js';
import type { RuntimeEntry, RuntimeEntryObject, RuntimePolicyDoc } from '../generate/runtime-policy.js';
import { compareUtf8 } from '../evidence/export-profile.js';
import { summarizeAccess, type Aggregate, type KeyStats } from './aggregate.js';

export interface RecordEntry extends RuntimeEntryObject {
  access?: string;
}

export interface RecordDocument extends Omit<RuntimePolicyDoc, 'files'> {
  files: Record<string, Array<string | RecordEntry>>;
}

type Placed = { section: 0 | 1 | 2; entry: RuntimeEntry | RecordEntry };

function place(pattern: string, stats: KeyStats, j: ReturnType<typeof judgePath>, extra: { access?: string }): Placed {
  const section = j.risk === 'deny_recommended' ? 2 : j.risk === 'needs_review' ? 1 : 0;
  const needsObject = extra.access !== undefined || stats.count > 1 || j.risk !== undefined;
  if (!needsObject) return { section, entry: pattern };
  const e: RecordEntry = { pattern, ...extra };
  if (stats.count > 1) e.count = stats.count;
  if (j.risk) {
    e.risk = j.risk;
    e.reasons = j.reasons;
  }
  return { section, entry: e };
}

function sectionOf(keys: [string, string, string], placed: Placed[]): Record<string, Array<RuntimeEntry | RecordEntry>> {
  const out: Record<string, Array<RuntimeEntry | RecordEntry>> = {};
  keys.forEach((k, i) => {
    const list = placed.filter((p) => p.section === i).map((p) => p.entry);
    if (list.length) out[k] = list;
  });
  return out;
}

export function recordDocument(a: Aggregate, meta: { name: string; generatedAt: string }): RecordDocument {
  const sorted = <T>(m: Map<string, T>) => [...m.entries()].sort((x, y) => compareUtf8(x[0], y[0]));
  const files = sorted(a.files).map(([p, s]) => place(p, s, judgePath(p), { access: summarizeAccess(s) }));
  const network = sorted(a.network).map(([d, s]) => place(d, s, judgeDest(d), {}));
  const processes = sorted(a.processes).map(([p, s]) => place(p, s, judgePath(p), {}));
  return {
    _meta: { name: meta.name, generated_at: meta.generatedAt },
    files: sectionOf(['allow', 'needs_review', 'deny'], files),
    network: sectionOf(['allow_destinations', 'needs_review', 'deny_destinations'], network),
    processes: sectionOf(['allow', 'needs_review', 'deny'], processes),
  };
}
