// `--fail-on` / the action's `fail_on`: one mapping for every entry point.
import type { FailOn } from '../report/finding.js';

export const FAIL_ON_VALUES = ['error', 'warn', 'warning', 'info', 'note', 'none'] as const;

/** The level a value stands for (`warn` = `warning`, `info` = `note`), or null when it is not one. */
export function parseFailOnValue(value: string): FailOn | null {
  switch (value) {
    case 'error':
      return 'error';
    case 'warn':
    case 'warning':
      return 'warning';
    case 'info':
    case 'note':
      return 'note';
    case 'none':
      return 'none';
    default:
      return null;
  }
}
