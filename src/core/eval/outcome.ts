// The gate outcome of run/ci and the action's replay gate: the first matching row of the
// table decides exit code, reason code and message. Causes rank 2 > 3 > 1 > 0.
import { exitCodeFor, type ReasonCode } from '../outcome/reason-codes.js';
import { isAbstainRow } from './evaluate.js';
import type { ResultRow, RunErrorKind } from './types.js';

export interface GateOutcomeInput {
  rows: readonly ResultRow[];
  /** Policy/config findings at or above `--fail-on` (only `new` ones with `--gate-new-only`). */
  policyFindings?: number;
  /** The `--fail-on` level as given, for the message (default `error`). */
  failOn?: string;
  /** `--strict`: `warn` rows fail the gate. */
  strict?: boolean;
  /** `thresholds.block_on_warn`. */
  blockOnWarn?: boolean;
  /** False for a policy-only gate (message `All checks passed`). */
  hasConfig?: boolean;
}

export interface GateOutcome {
  exitCode: number;
  reasonCode: ReasonCode | '';
  message: string;
  /** The test the outcome is about (first by test id), for next_step `<test-id>`. */
  firstTestId?: string;
}

const INPUT_KINDS: Partial<Record<RunErrorKind, ReasonCode>> = {
  trace_miss: 'E_TRACE_MISS',
  trace_invalid: 'E_TRACE_INVALID',
  replay_missing: 'E_REPLAY_MISSING_DEPENDENCY',
  config: 'E_CFG_PARSE',
};

const INFRA_KINDS: Partial<Record<RunErrorKind, ReasonCode>> = {
  judge_unavailable: 'E_JUDGE_UNAVAILABLE',
  rate_limit: 'E_RATE_LIMIT',
  timeout: 'E_TIMEOUT',
  provider_5xx: 'E_PROVIDER_5XX',
  network: 'E_NETWORK_ERROR',
  internal: 'E_INTERNAL',
};

function byId(a: ResultRow, b: ResultRow): number {
  return a.test_id < b.test_id ? -1 : a.test_id > b.test_id ? 1 : 0;
}

function outcome(code: ReasonCode, message: string, firstTestId?: string): GateOutcome {
  return { exitCode: exitCodeFor(code), reasonCode: code, message, ...(firstTestId !== undefined ? { firstTestId } : {}) };
}

export function decideGateOutcome(input: GateOutcomeInput): GateOutcome {
  const rows = [...input.rows].sort(byId);
  const kindOf = (r: ResultRow) => r.details.run_error_kind;

  // 1. input problems found while evaluating (exit 2), even when on_error allowed them
  const inputRow = rows.find((r) => (r.status === 'error' || r.status === 'allowed_on_error') && kindOf(r) && INPUT_KINDS[kindOf(r)!]);
  if (inputRow) return outcome(INPUT_KINDS[kindOf(inputRow)!]!, inputRow.message, inputRow.test_id);

  // 2. infrastructure (exit 3)
  const infra = rows.filter((r) => r.status === 'error' && kindOf(r) && INFRA_KINDS[kindOf(r)!]);
  if (infra.length > 0) {
    const first = infra[0]!;
    const code = INFRA_KINDS[kindOf(first)!]!;
    const message =
      code === 'E_JUDGE_UNAVAILABLE'
        ? `Judge/embedding value unavailable for ${infra.filter((r) => kindOf(r) === 'judge_unavailable').length} test(s)`
        : first.message;
    return outcome(code, message, first.test_id);
  }

  // 3. judge abstained
  const abstain = rows.filter(isAbstainRow);
  if (abstain.length > 0) {
    return outcome('E_JUDGE_UNCERTAIN', `Judge uncertain (abstain) for ${abstain.length} test(s); cannot decide pass/fail`, abstain[0]!.test_id);
  }

  // 4. failed tests (an error row of an unregistered kind counts as failed, never as passed)
  const failed = rows.filter((r) => r.status === 'fail' || r.status === 'error');
  if (failed.length > 0) return outcome('E_TEST_FAILED', `${failed.length} test(s) failed`, failed[0]!.test_id);

  // 5. policy findings at or above fail_on; warn rows under --strict / block_on_warn
  const parts: string[] = [];
  const findings = input.policyFindings ?? 0;
  if (findings > 0) parts.push(`${findings} policy finding(s) at or above fail_on=${input.failOn ?? 'error'}`);
  const warnRows = input.strict || input.blockOnWarn ? rows.filter((r) => r.status === 'warn') : [];
  if (warnRows.length > 0) parts.push(`Strict mode: ${warnRows.length} policy violations`);
  if (parts.length > 0) return outcome('E_POLICY_VIOLATION', parts.join('; '), warnRows[0]?.test_id);

  // 6. pass
  return { exitCode: 0, reasonCode: '', message: input.hasConfig === false ? 'All checks passed' : 'All tests passed' };
}
