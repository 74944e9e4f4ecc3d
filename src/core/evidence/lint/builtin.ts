// The six built-in lint rules. They run on every event of a verified bundle, in file order ×
// registry order. Messages never quote event content (subjects may hold the very secrets W001 reports).
import type { EvidenceEvent } from '../event.js';
import type { LintLocation } from './types.js';

export interface BuiltinRule {
  id: string;
  severity: 'Error' | 'Warn' | 'Info';
  securitySeverity: string;
  name: string;
  short: string;
  full: string;
  help: string;
  tags: string[];
}

export const BUILTIN_RULES: readonly BuiltinRule[] = [
  {
    id: 'ASSAY-W001',
    severity: 'Warn',
    securitySeverity: '7.0',
    name: 'SecretMarkerInSubject',
    short: 'Event subject contains a secret marker',
    full: 'The subject of an event contains text that looks like a credential (an API key prefix, a token= or password= assignment, a bearer token, a cloud access key id). Subjects are stored in clear in the bundle and shown by every viewer.',
    help: 'Scrub credentials before export (`assay evidence export --detail observed` scrubs known markers), then re-export the bundle and rotate the exposed credential.',
    tags: ['security', 'secrets', 'evidence'],
  },
  {
    id: 'ASSAY-W002',
    severity: 'Warn',
    securitySeverity: '4.0',
    name: 'PiiSubject',
    short: 'PII-flagged event has a subject',
    full: 'The event is flagged as containing personal data (assaypii: true) and still carries a non-empty subject, which is stored in clear.',
    help: 'Generalize or drop the subject of PII-flagged events before export.',
    tags: ['privacy', 'pii', 'evidence'],
  },
  {
    id: 'ASSAY-W003',
    severity: 'Warn',
    securitySeverity: '6.5',
    name: 'SecretFlagMismatch',
    short: 'Secret marker in a subject not flagged as secret',
    full: 'The subject contains a secret marker but the event says assaysecrets: false, so consumers that rely on the flag will not treat it as sensitive.',
    help: 'Fix the producer: scrub the subject, or set assaysecrets: true for events that carry secrets.',
    tags: ['security', 'secrets', 'evidence'],
  },
  {
    id: 'ASSAY-W004',
    severity: 'Warn',
    securitySeverity: '4.0',
    name: 'UnbackedDenialMarker',
    short: 'Denial marker without a digest-bound deny record',
    full: 'A denied-call observation (caller-visible error from the Assay proxy) has no assay.enforcement_decision.v0 deny record for the same tool and target digest, or is contradicted by an allow record.',
    help: 'Export the enforcement decision records together with the observations, from the same proxy session.',
    tags: ['integrity', 'enforcement', 'evidence'],
  },
  {
    id: 'ASSAY-W005',
    severity: 'Warn',
    securitySeverity: '4.0',
    name: 'ApprovalViewNotCanonical',
    short: 'Approval view is not structured_meta_jcs',
    full: 'An assay.enforcement_decision.v0 record retains its approval under a view other than "structured_meta_jcs", so the approval cannot be re-hashed canonically.',
    help: 'Record approvals with approval_retained_view "structured_meta_jcs".',
    tags: ['integrity', 'enforcement', 'evidence'],
  },
  {
    id: 'ASSAY-I001',
    severity: 'Info',
    securitySeverity: '1.0',
    name: 'SourceNotUrnOrHttps',
    short: 'Event source is neither a urn: nor an https:// URI',
    full: 'CloudEvents sources should identify the producer with a stable URI; urn: and https:// are the forms consumers expect.',
    help: 'Use a source such as urn:assay:cli:<version>.',
    tags: ['quality', 'evidence'],
  },
];

/** In this order; the first one found is named in the message. */
export const SECRET_MARKERS = ['sk-', 'sk_live_', 'sk_test_', 'api_key=', 'apikey=', 'token=', 'password=', 'secret=', 'Bearer ', 'AKIA', 'ghp_', 'gho_', 'github_pat_'];
const LOWER_MARKERS = SECRET_MARKERS.map((m) => m.toLowerCase());

export function firstSecretMarker(subject: string): string | undefined {
  const s = subject.toLowerCase();
  const i = LOWER_MARKERS.findIndex((m) => s.includes(m));
  return i === -1 ? undefined : SECRET_MARKERS[i];
}

export interface BuiltinHit {
  rule: string;
  message: string;
  location: LintLocation | null;
  /** Registry index, for file order × registry order. */
  order: number;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function get(o: unknown, ...path: string[]): unknown {
  let cur = o;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

const DECISION_SCHEMA = 'assay.enforcement_decision.v0';

/** Streaming runner of the built-in rules. */
export class BuiltinRunner {
  private readonly hits: BuiltinHit[] = [];
  private readonly markers: Array<{ key: string; location: LintLocation }> = [];
  private readonly decisions = new Map<string, Set<string>>();
  private source: string | undefined;

  visit(ev: EvidenceEvent, location: LintLocation): void {
    const subject = typeof ev.subject === 'string' ? ev.subject : '';
    const marker = subject !== '' ? firstSecretMarker(subject) : undefined;
    if (marker !== undefined) this.hits.push({ rule: 'ASSAY-W001', order: 0, location, message: `Subject contains a secret marker (${JSON.stringify(marker)})` });
    if (ev.assaypii === true && subject !== '') this.hits.push({ rule: 'ASSAY-W002', order: 1, location, message: 'Event is flagged as containing PII (assaypii: true) but has a non-empty subject' });
    if (marker !== undefined && ev.assaysecrets === false) {
      this.hits.push({ rule: 'ASSAY-W003', order: 2, location, message: `Subject contains a secret marker (${JSON.stringify(marker)}) but assaysecrets is false` });
    }
    const data = ev.data;
    const schema = get(data, 'schema');
    const code = get(data, 'caller_visible_error', 'code');
    const origin = get(data, 'caller_visible_error', 'origin');
    const bindable =
      origin === 'assay-proxy' &&
      ((schema === 'assay.denied_call_observation.v0' && code === -32042) || (schema === 'assay.denied_call_observation.v1' && code === -31999));
    const tool = str(get(data, 'call', 'tool_name'));
    const digest = str(get(data, 'call', 'target_digest'));
    if (bindable && tool !== undefined && digest !== undefined) this.markers.push({ key: JSON.stringify([tool, digest]), location });
    if (schema === DECISION_SCHEMA) {
      const dTool = str(get(data, 'tool', 'name'));
      const dDigest = str(get(data, 'action', 'target_digest'));
      const decision = str(get(data, 'decision'));
      if (dTool !== undefined && dDigest !== undefined && decision !== undefined) {
        const key = JSON.stringify([dTool, dDigest]);
        let set = this.decisions.get(key);
        if (set === undefined) this.decisions.set(key, (set = new Set()));
        set.add(decision);
      }
      const view = get(data, 'approval_retained_view');
      if (view !== undefined && view !== 'structured_meta_jcs') {
        this.hits.push({ rule: 'ASSAY-W005', order: 4, location, message: 'approval_retained_view is not "structured_meta_jcs"' });
      }
    }
    this.source ??= ev.source;
  }

  /** Hits in file order × registry order; I001 (the source is the same in every event) once, global. */
  finish(): BuiltinHit[] {
    for (const m of this.markers) {
      const d = this.decisions.get(m.key);
      if (d?.has('deny')) continue;
      const message = d?.has('allow')
        ? 'Denial marker is contradicted by a digest-bound allow record'
        : 'Denial marker is not backed by a digest-bound assay.enforcement_decision.v0 deny record';
      this.hits.push({ rule: 'ASSAY-W004', order: 3, location: m.location, message });
    }
    const located = this.hits.sort((a, b) => a.location!.line - b.location!.line || a.order - b.order);
    if (this.source !== undefined && !this.source.startsWith('urn:') && !this.source.startsWith('https://')) {
      located.push({ rule: 'ASSAY-I001', order: 5, location: null, message: 'Event source is neither a urn: nor an https:// URI' });
    }
    return located;
  }
}
