// Quarantined tests (docs/decisions.md "Quarantine"): a test tagged `quarantine` still runs and is reported, but its result
// never gates. Marking uses the existing informational `tags` list, so eval.yaml's schema is unchanged.
import type { EvalTest, ResultRow } from './types.js';

export const QUARANTINE_TAG = 'quarantine';
const QUARANTINED = 'quarantined';

export function isQuarantined(test: Pick<EvalTest, 'tags'>): boolean {
  return test.tags.includes(QUARANTINE_TAG);
}

/** Is this (final) row a quarantined test's non-passing result? Such a row never decides the verdict, in
 *  any command: run/ci/the action through its `skipped` status, validate/doctor by skipping it. */
export function isQuarantinedRow(row: Pick<ResultRow, 'skip_reason'>): boolean {
  return row.skip_reason === QUARANTINED;
}

/** Statuses a quarantined test keeps: they never gate anyway. */
const KEPT = new Set(['pass', 'skipped']);

/**
 * A quarantined test's row: `pass`/`skipped` stay as they are; any other status becomes `skipped`
 * (reason `quarantined`) with the real outcome kept in the message and in `details.quarantine`, so
 * run.json, summary.json, JUnit and the exit code agree that it did not gate.
 */
export function quarantineRow(row: ResultRow): ResultRow {
  if (KEPT.has(row.status)) return row;
  const message = `quarantined (not gating): ${row.message}`;
  const { error_policy_applied: _ignored, ...rest } = row;
  return {
    ...rest,
    status: 'skipped',
    message,
    skip_reason: QUARANTINED,
    details: { ...row.details, quarantine: { status: row.status, message: row.message } },
    attempts: row.attempts.map((a) => ({ ...a, status: 'skipped', message })),
  };
}
