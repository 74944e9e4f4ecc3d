// Pack check runners. Each sees the scoped events of a verified bundle as they stream past and
// decides at the end; findings are global (location null) except `conditional`, which names its first offender.
import type { EvidenceEvent } from '../event.js';
import type { Manifest } from '../manifest.js';
import { getPointer, globMatch, jsonEqual } from './match.js';
import type { PackCheck } from './pack.js';
import type { LintLocation } from './types.js';

export interface CheckOutcome {
  /** A finding: its message, location and severity override (manifest_field's non-required Warn). */
  message: string;
  location: LintLocation | null;
  severity?: 'Warn';
}

export interface CheckRunner {
  visit(ev: EvidenceEvent, loc: LintLocation): void;
  finish(manifest: Manifest): CheckOutcome | null;
}

/** Allow-listed `auth_scheme` values for g3_authorization_context_present. */
export const G3_AUTH_SCHEMES = ['oauth2', 'oidc', 'jwt', 'bearer', 'mtls', 'dpop', 'api_key', 'spiffe'];

export function checkRunner(check: PackCheck): CheckRunner {
  switch (check.type) {
    case 'event_count': {
      let n = 0;
      return {
        visit: () => void n++,
        finish: () => (n >= check.min ? null : { message: `Bundle contains ${n} events (minimum: ${check.min})`, location: null }),
      };
    }
    case 'event_pairs': {
      let start = false;
      let finish = false;
      return {
        visit: (ev) => {
          if (!start && globMatch(check.start_pattern, ev.type)) start = true;
          if (!finish && globMatch(check.finish_pattern, ev.type)) finish = true;
        },
        finish: () => {
          if (start && finish) return null;
          const missing = [!start ? `"${check.start_pattern}"` : null, !finish ? `"${check.finish_pattern}"` : null].filter((x) => x !== null);
          return { message: `No event type matches ${missing.join(' or ')}`, location: null };
        },
      };
    }
    case 'event_field_present':
    case 'json_path_exists': {
      const paths = check.paths;
      const want = check.type === 'json_path_exists' ? check.value_equals : undefined;
      let found = false;
      return {
        visit: (ev) => {
          if (found) return;
          for (const p of paths) {
            const r = getPointer(ev, p);
            if (r.found && (want === undefined || jsonEqual(r.value, want))) {
              found = true;
              return;
            }
          }
        },
        finish: () =>
          found
            ? null
            : {
                message:
                  want === undefined
                    ? `No event has any of: ${paths.join(', ')}`
                    : `No event has ${paths[0]} equal to ${JSON.stringify(want)}`,
                location: null,
              },
      };
    }
    case 'event_type_exists': {
      let found = false;
      return {
        visit: (ev) => {
          if (!found && globMatch(check.pattern, ev.type)) found = true;
        },
        finish: () => (found ? null : { message: `No event type matches "${check.pattern}"`, location: null }),
      };
    }
    case 'manifest_field':
      return {
        visit: () => undefined,
        finish: (m) => {
          if (getPointer(m, check.path).found) return null;
          return check.required
            ? { message: `Manifest has no ${check.path}`, location: null }
            : { message: `Manifest has no ${check.path} (optional)`, location: null, severity: 'Warn' };
        },
      };
    case 'conditional': {
      let offender: LintLocation | null = null;
      let offenders = 0;
      return {
        visit: (ev, loc) => {
          for (const c of check.clauses) {
            const r = getPointer(ev, c.path);
            if (!r.found || !jsonEqual(r.value, c.equals)) return;
          }
          if (!getPointer(ev, check.then_path).found) {
            offenders++;
            offender ??= loc;
          }
        },
        finish: () =>
          offender === null
            ? null
            : { message: `${offenders} event(s) matching the condition lack ${check.then_path}`, location: offender },
      };
    }
    case 'g3_authorization_context_present': {
      let found = false;
      return {
        visit: (ev) => {
          if (found || ev.type !== 'assay.tool.decision') return;
          const d = ev.data as Record<string, unknown> | null;
          if (d === null || typeof d !== 'object') return;
          const principal = d.principal;
          const scheme = d.auth_scheme;
          const issuer = d.auth_issuer;
          if (
            ((typeof principal === 'string' && principal !== '') || (principal !== null && typeof principal === 'object')) &&
            typeof scheme === 'string' &&
            G3_AUTH_SCHEMES.includes(scheme.toLowerCase()) &&
            typeof issuer === 'string' &&
            issuer !== ''
          ) {
            found = true;
          }
        },
        finish: () => (found ? null : { message: 'No assay.tool.decision carries a principal with an allow-listed auth_scheme and an auth_issuer', location: null }),
      };
    }
    case 'unsupported':
      // Never constructed: the engine reports or skips these before running.
      return { visit: () => undefined, finish: () => null };
  }
}
