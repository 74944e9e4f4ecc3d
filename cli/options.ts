// Shared option parsing: values outside the allowed set are usage errors (exit 2 E_INVALID_ARGS).
import { UsageError } from '../src/core/errors.js';
import type { FailOn } from '../src/core/report/finding.js';
import { FAIL_ON_VALUES, parseFailOnValue } from '../src/core/outcome/fail-on.js';

export function parseFormat<T extends string>(value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError('E_INVALID_ARGS', `invalid --format "${value}" (allowed: ${allowed.join(', ')})`, { source: 'cli' });
}

/** `--fail-on error|warn|warning|info|note|none`; anything else is a usage error. */
export function parseFailOn(value: string): FailOn {
  const level = parseFailOnValue(value);
  if (level === null) {
    throw new UsageError('E_INVALID_ARGS', `invalid --fail-on "${value}" (allowed: ${FAIL_ON_VALUES.join(', ')})`, { source: 'cli' });
  }
  return level;
}

export function reproducibleMode(flag: boolean | undefined): boolean {
  return flag === true || /^\d+$/.test(process.env.SOURCE_DATE_EPOCH ?? '');
}
