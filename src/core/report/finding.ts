// Findings (02 §5.3): one list feeds run.json, SARIF, JUnit, the findings baseline and the summaries.
// Fingerprints follow 02 §7 "Fingerprint" (assayFinding/v1); the category is never an input (D22).
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../errors.js';
import { redactPrompt, safeText } from '../render/safe-text.js';

export type FindingLevel = 'error' | 'warning' | 'note';
export type FindingSource = 'test' | 'policy' | 'baseline' | 'config';
export type BaselineState = 'new' | 'unchanged';

export interface FindingLocation {
  /** Repo-relative POSIX path. */
  uri: string;
  line: number;
  col: number;
}

export interface RelatedLocation extends FindingLocation {
  message: string;
}

/** A finding as written to run.json (key order of 02 §5.3). */
export interface Finding {
  /** `sha256:<hex>` of assayFinding/v1. */
  fingerprint: string;
  rule_id: string;
  level: FindingLevel;
  source: FindingSource;
  message: string;
  test_id?: string;
  entry_key?: string;
  tool?: string;
  call_index?: number;
  policy_rule?: string;
  location: FindingLocation;
  related?: RelatedLocation[];
  baseline_state?: BaselineState;
}

/**
 * A finding before its fingerprint is known. `subject`/`detail` are the fingerprint inputs of 02 §7:
 * test findings `test_id` / check (kind, or assertion index+type); policy call findings entry key /
 * `tool|policy_rule`; sequence findings entry key / rule id; config findings file / `code|key path`.
 */
export type FindingDraft = Omit<Finding, 'fingerprint'> & {
  subject: string;
  detail: string;
  /** The entry key is a prompt (not a binding id): replaced under `--redact-prompts`. */
  entry_key_is_prompt?: boolean;
};

export interface FinalizeOptions {
  /** `--redact-prompts`: entry keys that are prompts become `<redacted:prompt sha256:…>`. */
  redactPrompts?: boolean;
}

export const FINGERPRINT_KEY = 'assayFinding/v1';
export const MAX_RELATED = 10;

/** Hex sha256 of the UTF-8 lines `v1`, rule id, subject, detail, occurrence joined by `\n`. */
export function fingerprintV1(ruleId: string, subject: string, detail: string, occurrence: number): string {
  return createHash('sha256').update(`v1\n${ruleId}\n${subject}\n${detail}\n${occurrence}`, 'utf8').digest('hex');
}

/** `sha256:<hex>` and bare `<hex>` both become the bare lower-case hex; other strings are returned as given. */
export function bareFingerprint(fp: string): string {
  const s = fp.startsWith('sha256:') ? fp.slice(7) : fp;
  return /^[0-9a-fA-F]{64}$/.test(s) ? s.toLowerCase() : fp;
}

/** Normalised form used in run.json and baselines: `sha256:<hex>` (other schemes are kept as given). */
export function prefixedFingerprint(fp: string): string {
  const bare = bareFingerprint(fp);
  return /^[0-9a-f]{64}$/.test(bare) ? `sha256:${bare}` : fp;
}

const LEVEL_RANK: Record<FindingLevel, number> = { error: 0, warning: 1, note: 2 };

export function levelRank(level: FindingLevel): number {
  return LEVEL_RANK[level];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Level (error, warning, note), rule id, uri, line, fingerprint; strings by UTF-16 code unit. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
    cmp(a.rule_id, b.rule_id) ||
    cmp(a.location.uri, b.location.uri) ||
    a.location.line - b.location.line ||
    cmp(a.fingerprint, b.fingerprint)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** Fingerprints (`sha256:<hex>`) of drafts in input order, with the occurrence rule of finalizeFindings. */
export function draftFingerprints(drafts: readonly FindingDraft[]): string[] {
  const seen = new Map<string, number>();
  return drafts.map((d) => {
    const key = `${d.rule_id}\n${d.subject}\n${d.detail}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return `sha256:${fingerprintV1(d.rule_id, d.subject, d.detail, occurrence)}`;
  });
}

/**
 * Compute fingerprints (occurrence = earlier drafts with the same rule id, subject and detail, in input
 * order), make the free text render-safe (unbounded, as in JSON reports), keep ≤ 10 related locations and
 * return the findings sorted (02 §5.3). Callers must pass drafts in a deterministic order.
 */
export function finalizeFindings(drafts: readonly FindingDraft[], opts: FinalizeOptions = {}): Finding[] {
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  for (const d of drafts) {
    const key = `${d.rule_id}\n${d.subject}\n${d.detail}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const related =
      d.related !== undefined && d.related.length > 0
        ? d.related
            .slice(0, MAX_RELATED)
            .map((r) => ({ uri: r.uri, line: r.line, col: r.col, message: safeText(r.message) }))
        : undefined;
    // Spreads keep the documented key order of 02 §5.3.
    const f: Finding = {
      fingerprint: `sha256:${fingerprintV1(d.rule_id, d.subject, d.detail, occurrence)}`,
      rule_id: d.rule_id,
      level: d.level,
      source: d.source,
      message: safeText(d.message),
      ...(d.test_id !== undefined ? { test_id: d.test_id } : {}),
      ...(d.entry_key !== undefined
        ? {
            entry_key:
              opts.redactPrompts && d.entry_key_is_prompt ? redactPrompt(d.entry_key) : safeText(d.entry_key),
          }
        : {}),
      ...(d.tool !== undefined ? { tool: safeText(d.tool) } : {}),
      ...(d.call_index !== undefined ? { call_index: d.call_index } : {}),
      ...(d.policy_rule !== undefined ? { policy_rule: safeText(d.policy_rule) } : {}),
      location: { uri: d.location.uri, line: d.location.line, col: d.location.col },
      ...(related !== undefined ? { related } : {}),
      ...(d.baseline_state !== undefined ? { baseline_state: d.baseline_state } : {}),
    };
    out.push(f);
  }
  return out.sort(compareFindings);
}

export interface FindingCounts {
  error: number;
  warning: number;
  note: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const c: FindingCounts = { error: 0, warning: 0, note: 0 };
  for (const f of findings) c[f.level]++;
  return c;
}

/** Findings at or above a `--fail-on` level (`none` → never). */
export type FailOn = 'error' | 'warning' | 'note' | 'none';

export function countAtOrAbove(findings: readonly Finding[], failOn: FailOn, newOnly = false): number {
  if (failOn === 'none') return 0;
  const limit = LEVEL_RANK[failOn];
  let n = 0;
  for (const f of findings) {
    if (LEVEL_RANK[f.level] > limit) continue;
    if (newOnly && f.baseline_state !== 'new') continue;
    n++;
  }
  return n;
}

/**
 * A config finding (`config/<CODE>`) for a load/validate diagnostic, located at its own file:line:col.
 * Fingerprint inputs (02 §7): subject = file, detail = `<code>|<key path>`. `file` is used when the
 * diagnostic names none (it must still be a real file: nothing points at a synthetic location).
 */
export function diagnosticDraft(d: Diagnostic, opts: { keyPath?: string; file?: string; family?: string } = {}): FindingDraft {
  const file = d.file ?? opts.file ?? '';
  return {
    rule_id: `${opts.family ?? 'config'}/${d.code}`,
    level: d.severity,
    source: opts.family === 'policy' ? 'policy' : 'config',
    message: d.message,
    location: { uri: file, line: d.line ?? 1, col: d.col ?? 1 },
    subject: file,
    detail: `${d.code}|${opts.keyPath ?? ''}`,
  };
}
