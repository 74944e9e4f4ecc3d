// Console output of `run` / `ci` on stderr: rows, findings, then the footer with the verdict.
import type { GateRunResult } from '../../src/core/gate/gate-run.js';
import type { ResultRow } from '../../src/core/report/gate-report.js';
import { formatDiagnostic } from '../../src/core/errors.js';
import { safeBounded } from '../../src/core/render/safe-text.js';
import { paint } from './color.js';
import { findingLines, groupedFindingLines } from './findings-text.js';

const MAX_FINDINGS_SHOWN = 50;

/** The `→ …` lines under a failed row: what the failing metric and assertions said. */
function failureDetails(row: ResultRow): string[] {
  const out: string[] = [];
  for (const m of Object.values(row.details.metrics)) {
    const msg = (m.details as Record<string, unknown> | null)?.['message'];
    if (!m.passed && typeof msg === 'string' && msg !== '') out.push(msg);
  }
  for (const a of row.details.assertions ?? []) if (!a.passed) out.push(`assertion ${a.index} (${a.type}): ${a.message}`);
  return out.slice(0, 5).map((l) => `      → ${safeBounded(l)}`);
}

function rowLine(row: ResultRow): string[] {
  const id = row.test_id.padEnd(20);
  const secs = `(${(row.duration_ms / 1000).toFixed(1)}s)`;
  switch (row.status) {
    case 'pass':
      return [`✅ ${id} ${row.score !== null ? row.score.toFixed(2) : 'PASS'}  ${secs}`];
    case 'fail': {
      const out = [`❌ ${id} ${safeBounded(row.message)}  ${secs}`];
      if (row.details.prompt) out.push(`      Prompt: "${safeBounded(row.details.prompt).slice(0, 100)}"`);
      out.push(...failureDetails(row));
      return out;
    }
    case 'warn':
      return [`⚠️  ${id} WARN ${secs}`, `      ${safeBounded(row.message)}`];
    case 'error':
      return [`💥 ${id} ERROR: ${safeBounded(row.message)}`];
    case 'skipped':
      // A quarantined test shows what it would have been; other skips show their reason.
      return [`⏭️  ${id} SKIPPED (${safeBounded(row.details.quarantine ? row.message : (row.skip_reason ?? row.message))})`];
    case 'allowed_on_error':
      return [`⚡ ${id} ALLOWED (Allowed by error policy: ${safeBounded(row.message)})`];
    default:
      return [`${id} ${row.status.toUpperCase()} ${safeBounded(row.message)}`];
  }
}

export interface GateTextOptions {
  color: boolean;
  reportsLine?: string;
  extraLines?: string[];
  /** `--format json`: only diagnostics on stderr (no rows, summary or footer). */
  diagnosticsOnly?: boolean;
  /** Locations shown per finding group (`--max-console-findings`, default 20). */
  maxConsoleFindings?: number;
}

export function formatGateText(r: GateRunResult, o: GateTextOptions): string {
  const c = paint(o.color);
  const out: string[] = [];
  const rep = r.report;
  if (r.eval && !o.diagnosticsOnly) {
    out.push(`Loaded config version: ${r.eval.configVersion}`);
    if (r.eval.seedDerived) out.push(`Info: No seed provided. Using derived seed: ${rep.orderSeed ?? '—'}`);
    out.push(`Running ${r.eval.tests} tests...`);
  }
  if (!rep.completed) {
    for (const d of r.errorDiagnostics.slice(0, 50)) out.push(`❌ ${formatDiagnostic(d)}`);
    if (r.errorDiagnostics.length > 50) out.push(`… and ${r.errorDiagnostics.length - 50} more`);
    if (o.diagnosticsOnly) return out.join('\n');
  } else {
    const skipped = r.diagnostics.filter((d) => d.code === 'W_TRACE_SKIPPED_LINE');
    for (const d of r.diagnostics.filter((d) => d.severity !== 'error' && d.code !== 'W_TRACE_SKIPPED_LINE' && d.code !== 'W_TRACE_UNKNOWN_TYPE')) {
      out.push(c.yellow(formatDiagnostic(d)));
    }
    for (const d of skipped.slice(0, 20)) out.push(c.yellow(formatDiagnostic(d)));
    if (skipped.length > 20) out.push(`… and ${skipped.length - 20} more skipped lines (see run.json)`);
    if (o.diagnosticsOnly) return out.join('\n');
    if (r.eval?.recorded) {
      const x = r.eval.recorded;
      out.push(`Recorded ${x.judge} judge and ${x.embedding} embedding value(s) into ${x.cacheDir}`);
    }
    for (const row of rep.results ?? []) out.push(...rowLine(row));
    // Test and baseline findings repeat the rows above; list the policy/config ones.
    const sink = rep.findingSet;
    if (sink) {
      const groups = sink.groups().filter((g) => g.level !== 'note' && /^(policy|config)\//.test(g.rule_id));
      if (groups.length && (rep.results?.length ?? 0) > 0) out.push('');
      out.push(...groupedFindingLines(groups, c, o.maxConsoleFindings ?? 20));
    } else {
      const listed = r.findings.filter((f) => f.level !== 'note' && (f.source === 'policy' || f.source === 'config'));
      const shown = listed.slice(0, MAX_FINDINGS_SHOWN);
      if (shown.length && (rep.results?.length ?? 0) > 0) out.push('');
      for (const f of shown) out.push(...findingLines(f, c));
      const notShown = listed.length - shown.length;
      if (notShown > 0) out.push(`… and ${notShown} more finding(s) (see run.json)`);
    }
  }
  out.push('');
  out.push('━'.repeat(40));
  if (rep.completed) {
    const rows = rep.results ?? [];
    if (rep.results) {
      const n = (s: string) => rows.filter((x) => x.status === s).length;
      out.push(
        `Summary: ${n('pass') + n('allowed_on_error')} passed, ${n('fail')} failed, ${n('skipped')} skipped, ${n('flaky')} flaky, ${n('unstable')} unstable, ${n('warn')} warn, ${n('error')} error`,
      );
    }
    const notExercised = r.eval?.notExercised ?? [];
    if (notExercised.length > 0) {
      out.push(`Not exercised: ${notExercised.length} check(s) were requested and evaluated nothing.`);
      for (const w of notExercised) out.push(`  ⚪ ${safeBounded(w)}`);
      out.push('  (not exercised checks do not fail the run)');
    }
    const quarantined = r.eval?.quarantined ?? [];
    if (quarantined.length > 0) {
      out.push(`Quarantined: ${quarantined.length} test(s) reported, not gating: ${quarantined.map((q) => `${q.test_id} (${q.status})`).join(', ')}`);
    }
    if (r.stats && r.policySuites.length) {
      const policyCounts = rep.findingSet?.countsOf('policy');
      const count = (l: 'error' | 'warning' | 'note') => policyCounts?.[l] ?? r.findings.filter((f) => f.source === 'policy' && f.level === l).length;
      out.push(`Policy: ${r.stats.calls} calls in ${r.stats.episodes} episodes — ${count('error')} error, ${count('warning')} warning, ${count('note')} note`);
    }
    if (r.stats && r.stats.skipped_lines > 0) {
      const first = r.diagnostics.find((d) => d.code === 'W_TRACE_SKIPPED_LINE');
      out.push(`Trace: ${r.stats.skipped_lines} malformed line${r.stats.skipped_lines === 1 ? '' : 's'} skipped${first ? ` (first: ${first.file}:${first.line})` : ''}`);
    }
    out.push(`Seeds: seed_version=1 order_seed=${rep.orderSeed ?? '—'} judge_seed=—`);
    if (rep.judgeMetrics) {
      const j = rep.judgeMetrics;
      out.push(`Judge metrics: abstain_rate=${j.abstain_rate.toFixed(2)} flip_rate=${j.flip_rate.toFixed(2)} consensus_rate=${j.consensus_rate.toFixed(2)} unavailable_count=${j.unavailable_count}`);
    }
    if (rep.baseline) out.push(`Findings vs baseline: ${rep.baseline.new} new, ${rep.baseline.fixed} fixed, ${rep.baseline.unchanged} unchanged`);
  }
  for (const l of o.extraLines ?? []) out.push(l);
  if (o.reportsLine) out.push(o.reportsLine);
  const verdict = `Result: exit ${rep.exitCode}${rep.reasonCode ? ` ${rep.reasonCode}` : ''} — ${safeBounded(rep.message)}`;
  out.push(rep.exitCode === 0 ? c.green(verdict) : c.red(verdict));
  if (rep.exitCode !== 0 && rep.nextStep) out.push(`Next: ${rep.nextStep}`);
  return out.join('\n');
}
