// Quarantined tests (issue #3): a test tagged `quarantine` still runs and is reported, but its result
// never gates. Marking uses the existing informational `tags` list, so eval.yaml's schema is unchanged.
import type { EvalTest, ResultRow } from './types.js';

export const QUARANTINE_TAG = 'quarantine';

export function isQuarantined(test: Pick<EvalTest, 'tags'>): boolean {
  return test.tags.includes(QUARANTINE_TAG);
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
    skip_reason: 'quarantined',
    details: { ...row.details, quarantine: { status: row.status, message: row.message } },
    attempts: row.attempts.map((a) => ({ ...a, status: 'skipped', message })),
  };
}
