// The `diagnostics[]` of the validate and doctor JSON reports: config-class diagnostics and
// policy findings in one list, sorted by severity, code, file, line, message.
import type { Diagnostic } from '../../src/core/errors.js';
import type { Finding } from '../../src/core/report/finding.js';

export interface JsonDiagnostic {
  code: string;
  severity: 'error' | 'warn' | 'note';
  source: string;
  message: string;
  context: Record<string, unknown> & { file: string | null; line: number | null; col: number | null };
  fix_steps: string[];
}

const SEVERITY_ORDER: Record<JsonDiagnostic['severity'], number> = { error: 0, warn: 1, note: 2 };

export function jsonSeverity(s: Diagnostic['severity']): JsonDiagnostic['severity'] {
  return s === 'warning' ? 'warn' : s;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function diagnosticsJson(
  diagnostics: readonly Diagnostic[],
  findings: readonly Finding[],
  fixes: { diagnostic(d: Diagnostic): string[]; finding(f: Finding): string[] },
): JsonDiagnostic[] {
  const out: JsonDiagnostic[] = [
    ...diagnostics.map((d) => ({
      code: d.code,
      severity: jsonSeverity(d.severity),
      source: d.source ?? 'config',
      message: d.message,
      context: { file: d.file ?? null, line: d.line ?? null, col: d.col ?? null, ...(d.context ?? {}) },
      fix_steps: fixes.diagnostic(d),
    })),
    ...findings.map((f) => ({
      code: f.rule_id.replace(/^[a-z]+\//, ''),
      severity: jsonSeverity(f.level),
      source: f.source,
      message: f.message,
      context: {
        file: f.location.uri,
        line: f.location.line,
        col: f.location.col,
        ...(f.test_id !== undefined ? { test_id: f.test_id } : {}),
        ...(f.entry_key !== undefined ? { entry_key: f.entry_key } : {}),
        ...(f.tool !== undefined ? { tool: f.tool } : {}),
        ...(f.call_index !== undefined ? { call_index: f.call_index } : {}),
        ...(f.policy_rule !== undefined ? { policy_rule: f.policy_rule } : {}),
        ...(f.related?.[0] ? { policy_location: { file: f.related[0].uri, line: f.related[0].line, col: f.related[0].col } } : {}),
        fingerprint: f.fingerprint,
      },
      fix_steps: fixes.finding(f),
    })),
  ];
  return out.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      cmp(a.code, b.code) ||
      cmp(String(a.context.file ?? ''), String(b.context.file ?? '')) ||
      Number(a.context.line ?? 0) - Number(b.context.line ?? 0) ||
      cmp(a.message, b.message),
  );
}

export function countSeverities(diags: readonly JsonDiagnostic[]): { error_count: number; warn_count: number; note_count: number } {
  const n = (s: string) => diags.filter((d) => d.severity === s).length;
  return { error_count: n('error'), warn_count: n('warn'), note_count: n('note') };
}

/** Sort key of one JSON diagnostic comparing by code unit like diagnosticsJson's order (severity, code, file, line, message). */
export function jsonDiagnosticKey(d: JsonDiagnostic): string {
  const line = String(Math.max(0, Math.trunc(Number(d.context.line ?? 0)) || 0)).padStart(12, '0');
  return `${SEVERITY_ORDER[d.severity]}\u0000${d.code}\u0000${String(d.context.file ?? '')}\u0000${line}\u0000${d.message}`;
}
