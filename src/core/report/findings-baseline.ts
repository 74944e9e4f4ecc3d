// Findings-fingerprint baseline: written every ci run, read back as our JSON or as a
// SARIF file, and diffed by fingerprint over error/warning findings (new / fixed / unchanged).
import { InputError } from '../errors.js';
import { prefixedFingerprint, type Finding, type FindingLevel } from './finding.js';
import { sarifFingerprints } from './sarif.js';
import type { FindingsSink } from './findings-sink.js';
import { readTextStrict } from '../util/read-text.js';

export const FINDINGS_BASELINE_SCHEMA = 'assay.findings_baseline.v1';

export interface FindingsBaselineEntry {
  fingerprint: string;
  rule_id: string;
  level: FindingLevel;
}

export interface FindingsBaseline {
  /** Where it came from: our JSON format or a SARIF log. */
  format: 'assay' | 'sarif';
  /** Normalised fingerprints (`sha256:<hex>`; other schemes as given), unique, sorted. */
  fingerprints: string[];
}

export interface FindingsDiff {
  new: string[];
  fixed: string[];
  unchanged: string[];
}

export interface DiffResult {
  /** The findings with `baseline_state` set on error/warning ones (order unchanged). */
  findings: Finding[];
  diff: FindingsDiff;
  counts: { found: true; new: number; fixed: number; unchanged: number };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function gated(level: string): boolean {
  return level === 'error' || level === 'warning';
}

/** The baseline document: error and warning findings, unique by fingerprint, sorted; no timestamps. */
export function buildFindingsBaseline(
  findings: readonly Finding[],
  meta: { assayVersion: string; category: string },
): string {
  const byFp = new Map<string, FindingsBaselineEntry>();
  for (const f of findings) {
    if (!gated(f.level)) continue;
    const fp = prefixedFingerprint(f.fingerprint);
    if (!byFp.has(fp)) byFp.set(fp, { fingerprint: fp, rule_id: f.rule_id, level: f.level });
  }
  const entries = [...byFp.values()].sort((a, b) => cmp(a.fingerprint, b.fingerprint));
  const doc = {
    schema: FINDINGS_BASELINE_SCHEMA,
    assay_version: meta.assayVersion,
    category: meta.category,
    findings: entries,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

function invalid(file: string, why: string): InputError {
  return new InputError('E_BASELINE_INVALID', `${file}: findings baseline ${why}`, {
    source: 'baseline',
    context: { file },
  });
}

function unique(fps: Iterable<string>): string[] {
  return [...new Set(fps)].sort(cmp);
}

/**
 * Parse a findings baseline: `assay.findings_baseline.v1`, or a SARIF log (fingerprints from
 * `partialFingerprints["assayFinding/v1"]`, else `assayLintFingerprint/v1`, over all runs). Only error and
 * warning entries count. Anything else → InputError E_BASELINE_INVALID.
 */
export function parseFindingsBaseline(text: string, file: string): FindingsBaseline {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw invalid(file, `is not JSON: ${(e as Error).message}`);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw invalid(file, 'is not a JSON object');
  const obj = doc as Record<string, unknown>;
  if (obj.schema === FINDINGS_BASELINE_SCHEMA) {
    if (!Array.isArray(obj.findings)) throw invalid(file, 'has no "findings" array');
    const fps: string[] = [];
    obj.findings.forEach((e, i) => {
      const entry = e as Record<string, unknown> | null;
      if (entry === null || typeof entry !== 'object' || typeof entry.fingerprint !== 'string' || entry.fingerprint === '') {
        throw invalid(file, `entry ${i} has no fingerprint`);
      }
      const level = typeof entry.level === 'string' ? entry.level : 'error';
      if (gated(level)) fps.push(prefixedFingerprint(entry.fingerprint));
    });
    return { format: 'assay', fingerprints: unique(fps) };
  }
  if (Array.isArray(obj.runs)) {
    const fps = sarifFingerprints(obj)
      .filter((r) => gated(r.level))
      .map((r) => prefixedFingerprint(r.fingerprint));
    return { format: 'sarif', fingerprints: unique(fps) };
  }
  throw invalid(file, `is neither ${FINDINGS_BASELINE_SCHEMA} nor a SARIF log`);
}

/** Read and parse a findings baseline file; unreadable → InputError E_BASELINE_INVALID. */
export function readFindingsBaseline(path: string, displayPath: string = path): FindingsBaseline {
  let text: string;
  try {
    text = readTextStrict(path, displayPath, 'E_BASELINE_INVALID', { errorClass: InputError, source: 'baseline' });
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw invalid(displayPath, `cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseFindingsBaseline(text, displayPath);
}

/** Diff error/warning findings against a baseline by fingerprint and set their `baseline_state`. */
export function diffFindings(findings: readonly Finding[], baseline: FindingsBaseline): DiffResult {
  const base = new Set(baseline.fingerprints);
  const current = new Set<string>();
  const out = findings.map((f) => {
    if (!gated(f.level)) return f;
    const fp = prefixedFingerprint(f.fingerprint);
    current.add(fp);
    return { ...f, baseline_state: base.has(fp) ? ('unchanged' as const) : ('new' as const) };
  });
  const diff: FindingsDiff = {
    new: unique([...current].filter((fp) => !base.has(fp))),
    fixed: unique([...base].filter((fp) => !current.has(fp))),
    unchanged: unique([...current].filter((fp) => base.has(fp))),
  };
  return {
    findings: out,
    diff,
    counts: { found: true, new: diff.new.length, fixed: diff.fixed.length, unchanged: diff.unchanged.length },
  };
}

/** `diff.json`: `{new, fixed, unchanged}` sorted fingerprint lists. */
export function buildDiffJson(diff: FindingsDiff): string {
  return JSON.stringify({ new: diff.new, fixed: diff.fixed, unchanged: diff.unchanged }, null, 2) + '\n';
}

/**
 * diffFindings over every finding of a sink (its compact fingerprints, not the findings themselves):
 * `findings` are the kept ones (their `baseline_state` was set by the sink).
 */
export function diffSink(sink: FindingsSink, baseline: FindingsBaseline, findings: readonly Finding[]): DiffResult {
  const base = baseline.fingerprints; // unique, sorted
  const diff: FindingsDiff = { new: [], fixed: [], unchanged: [] };
  let i = 0;
  for (const e of sink.uniqueFingerprints()) {
    while (i < base.length && base[i]! < e.fingerprint) diff.fixed.push(base[i++]!);
    if (i < base.length && base[i] === e.fingerprint) {
      diff.unchanged.push(e.fingerprint);
      i++;
    } else diff.new.push(e.fingerprint);
  }
  while (i < base.length) diff.fixed.push(base[i++]!);
  return {
    findings: [...findings],
    diff,
    counts: { found: true, new: diff.new.length, fixed: diff.fixed.length, unchanged: diff.unchanged.length },
  };
}
