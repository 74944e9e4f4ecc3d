// Findings: one list feeds run.json, SARIF, JUnit, the findings baseline and the summaries.
// Fingerprints are assayFinding/v1 (docs/findings.md); the SARIF category is never an input.
import { hash } from 'node:crypto';
import type { Diagnostic } from '../errors.js';
import { redactPrompt } from '../render/safe-text.js';
import { capMessage, MAX_MESSAGE_BYTES } from './message-cap.js';
import { safeCapped } from './safe-memo.js';

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

/** A finding as written to run.json (key order). */
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
  /** Calls this finding stands for (one `E_TOOL_UNCONSTRAINED` finding per tool, docs/findings.md). */
  count?: number;
  location: FindingLocation;
  related?: RelatedLocation[];
  baseline_state?: BaselineState;
}

/**
 * A finding before its fingerprint is known. `subject`/`detail` are the fingerprint inputs:
 * test findings `test_id` / check (kind, or assertion index+type); policy call findings entry key /
 * `tool|policy_rule`; sequence findings entry key / rule id; config findings file / `code|key path`.
 */
export type FindingDraft = Omit<Finding, 'fingerprint'> & {
  subject: string;
  detail: string;
  /** The entry key is a prompt (not a binding id): replaced under `--redact-prompts`. */
  entry_key_is_prompt?: boolean;
  /**
   * Plain ASCII appended after the render-safe `message` (e.g. ` (call #12)`), so that the message head,
   * shared by many findings, is made safe once (safe-memo.ts).
   */
  message_tail?: string;
};

export interface FinalizeOptions {
  /** `--redact-prompts`: entry keys that are prompts become `<redacted:prompt sha256:…>`. */
  redactPrompts?: boolean;
}

export const FINGERPRINT_KEY = 'assayFinding/v1';
export const MAX_RELATED = 10;

/** Hex sha256 of the UTF-8 lines `v1`, rule id, subject, detail, occurrence joined by `\n`. */
export function fingerprintV1(ruleId: string, subject: string, detail: string, occurrence: number): string {
  // One-shot hash: a fraction of createHash().update().digest() per call, which matters at a million findings.
  return hash('sha256', `v1\n${ruleId}\n${subject}\n${detail}\n${occurrence}`, 'hex');
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
 * return the findings sorted. Callers must pass drafts in a deterministic order.
 */
export function finalizeFindings(drafts: readonly FindingDraft[], opts: FinalizeOptions = {}): Finding[] {
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  for (const d of drafts) {
    const key = `${d.rule_id}\n${d.subject}\n${d.detail}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    out.push(finalizeDraft(d, occurrence, opts));
  }
  return out.sort(compareFindings);
}

/**
 * Findings made by finalizeDraft: their free text is render-safe already, so writers may skip the
 * (idempotent) redaction pass over it. A copy (`{...f}`) is not in the set and gets the full pass.
 */
const RENDER_SAFE = new WeakSet<Finding>();

export function isRenderSafe(f: Finding): boolean {
  return RENDER_SAFE.has(f);
}

/** The render-safe message (cut to the message cap, message-cap.ts) followed by its plain tail. */
function messageOf(d: FindingDraft): string {
  const tail = d.message_tail;
  if (tail === undefined || tail === '') return safeCapped(d.message);
  return safeCapped(d.message, MAX_MESSAGE_BYTES - tail.length) + tail;
}

/**
 * One draft with its occurrence number (see finalizeFindings) as a finding key order.
 * `fingerprintHex` is the bare fingerprint when the caller computed it already.
 */
export function finalizeDraft(d: FindingDraft, occurrence: number, opts: FinalizeOptions = {}, fingerprintHex?: string): Finding {
  // Properties are assigned in the documented key order (insertion order is the JSON order);
  // no temporary spread objects on this per-finding path.
  const f: Finding = {
    fingerprint: `sha256:${fingerprintHex ?? fingerprintV1(d.rule_id, d.subject, d.detail, occurrence)}`,
    rule_id: d.rule_id,
    level: d.level,
    source: d.source,
    message: messageOf(d),
  } as Finding;
  if (d.test_id !== undefined) f.test_id = d.test_id;
  if (d.entry_key !== undefined) {
    f.entry_key = opts.redactPrompts && d.entry_key_is_prompt ? redactPrompt(d.entry_key) : safeCapped(d.entry_key);
  }
  if (d.tool !== undefined) f.tool = safeCapped(d.tool);
  if (d.call_index !== undefined) f.call_index = d.call_index;
  if (d.policy_rule !== undefined) f.policy_rule = safeCapped(d.policy_rule);
  if (d.count !== undefined) f.count = d.count;
  f.location = { uri: d.location.uri, line: d.location.line, col: d.location.col };
  if (d.related !== undefined && d.related.length > 0) {
    const n = Math.min(d.related.length, MAX_RELATED);
    const related: RelatedLocation[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const r = d.related[i]!;
      related[i] = { uri: r.uri, line: r.line, col: r.col, message: safeCapped(r.message) };
    }
    f.related = related;
  }
  if (d.baseline_state !== undefined) f.baseline_state = d.baseline_state;
  // Entry keys replaced by redactPrompt are safe too (a fixed form); the test id is an id, never text.
  RENDER_SAFE.add(f);
  return f;
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
 * Fingerprint inputs: subject = file, detail = `<code>|<key path>`. `file` is used when the
 * diagnostic names none (it must still be a real file: nothing points at a synthetic location).
 */
export function diagnosticDraft(d: Diagnostic, opts: { keyPath?: string; file?: string; family?: string } = {}): FindingDraft {
  const file = d.file ?? opts.file ?? '';
  return {
    rule_id: `${opts.family ?? 'config'}/${d.code}`,
    level: d.severity,
    source: opts.family === 'policy' ? 'policy' : 'config',
    message: capMessage(d.message),
    location: { uri: file, line: d.line ?? 1, col: d.col ?? 1 },
    subject: file,
    detail: `${d.code}|${opts.keyPath ?? ''}`,
  };
}
