// Trace arguments as users give them: paths or globs (quoted, or from shells that do not expand, such as
// Windows'), with `**`, `{a,b}` and `!exclude` entries, expanded by the one glob module the action uses.
import { expandGlobs, hasMagic, isExcluded } from '../src/core/util/glob.js';
import { fileRef, type CliFileRef } from './paths.js';

/**
 * Paths stay as given (a missing one is the gate's E_TRACE_NOT_FOUND); a glob contributes its matches,
 * or itself when it matches nothing, so the error names the pattern. `!pattern` excludes from the rest.
 */
export function expandTraceArgs(given: readonly string[] | undefined): CliFileRef[] {
  const entries = given ?? [];
  const excludes = entries.filter((e) => e.startsWith('!'));
  const cwd = process.cwd();
  const out: CliFileRef[] = [];
  const seen = new Set<string>();
  const add = (ref: CliFileRef): void => {
    if (seen.has(ref.path)) return;
    seen.add(ref.path);
    out.push(ref);
  };
  for (const e of entries) {
    if (e.startsWith('!')) continue;
    if (e === '-' || !hasMagic(e)) {
      if (!isExcluded(e, excludes, cwd)) add(fileRef(e));
      continue;
    }
    const r = expandGlobs([e, ...excludes], cwd);
    if (r.files.length === 0) add(fileRef(e));
    for (const f of r.files) add(fileRef(f));
  }
  return out;
}
