// RFC 3339 UTC time values for logs: the evidence writer's renderer at millisecond precision.
import { renderInstant } from '../../core/evidence/time.js';

export function rfc3339(ms: number): string {
  const whole = Math.floor(ms / 1000);
  return renderInstant({ seconds: whole, nanos: Math.round(ms - whole * 1000) * 1_000_000 });
}
