// Bundle discovery and trace-file expansion. Discovery problems are input errors
// (exit 2 E_INVALID_ARGS): too many matches, an explicit pattern matching nothing, a symlink leaving the
// workspace. No bundle is ever silently skipped.
import { AUTO_BUNDLE_GLOBS, Input, MAX_BUNDLES } from './constants.js';
import { expandGlobs, hasMagic, isExcluded } from '../core/util/glob.js';
import { pathRef, type PathRef } from './inputs.js';

export interface Discovery {
  bundles: PathRef[];
  /** True when `bundles` was empty and the auto-discovery globs were used. */
  auto: boolean;
  /** Input errors (messages name the input). */
  problems: string[];
}

export function discoverBundles(patterns: readonly string[], workspace: string): Discovery {
  const auto = patterns.length === 0;
  const list = auto ? [...AUTO_BUNDLE_GLOBS] : [...patterns];
  const r = expandGlobs(list, workspace, { confine: true });
  const problems: string[] = [];
  for (const x of r.refused) problems.push(`input "${Input.Bundles}": "${x}" is a symlink that resolves outside the workspace (refused)`);
  if (!auto) {
    list.forEach((p, i) => {
      if (r.counts[i] === 0) problems.push(`input "${Input.Bundles}": bundles pattern "${p}" matched no files`);
    });
  }
  if (r.files.length > MAX_BUNDLES) {
    problems.push(`input "${Input.Bundles}": ${r.files.length} bundles matched (at most ${MAX_BUNDLES}); narrow the pattern`);
  }
  return { bundles: problems.length ? [] : r.files.map((f) => pathRef(f, workspace)), auto, problems };
}

export interface TraceExpansion {
  traces: PathRef[];
  problems: string[];
}

/**
 * `trace_file` entries: a plain path is kept as given (a missing file is the gate's E_TRACE_NOT_FOUND);
 * a glob contributes its matches, or itself when it matches nothing (so the gate names it as missing);
 * `!pattern` entries exclude from every other entry.
 */
export function expandTraces(entries: readonly string[], workspace: string): TraceExpansion {
  const traces: PathRef[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (ref: PathRef) => {
    if (seen.has(ref.path)) return;
    seen.add(ref.path);
    traces.push(ref);
  };
  const excludes = entries.filter((e) => e.startsWith('!'));
  for (const e of entries) {
    if (e.startsWith('!')) continue;
    if (!hasMagic(e)) {
      if (!isExcluded(e, excludes, workspace)) add(pathRef(e, workspace));
      continue;
    }
    const r = expandGlobs([e, ...excludes], workspace, { confine: true });
    for (const x of r.refused) problems.push(`input "${Input.TraceFile}": "${x}" is a symlink that resolves outside the workspace (refused)`);
    if (r.files.length === 0) add({ ...pathRef(e, workspace), display: e.replace(/\\/g, '/') });
    for (const f of r.files) add(pathRef(f, workspace));
  }
  return { traces, problems };
}
