// RFC 3339 parsing and the one UTC rendering used by the writer, attest, diff and explore (04 §6.3):
// `YYYY-MM-DDTHH:MM:SS` + the shortest of 0, 3, 6 or 9 fraction digits that is exact + `Z`.

export interface Instant {
  /** Whole seconds since the Unix epoch, UTC. */
  seconds: number;
  /** 0..999 999 999. */
  nanos: number;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Parse RFC 3339 (`T`/`t`, `Z`/`z` or `±hh:mm`, up to 9 fraction digits); undefined when invalid. */
export function parseRfc3339(s: string): Instant | undefined {
  const m = RFC3339.exec(s);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const sec = Number(m[6]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec > 60) return undefined;
  let offset = 0;
  if (m[8] === undefined) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return undefined;
    offset = (oh * 60 + om) * 60 * (m[9] === '-' ? -1 : 1);
  }
  const frac = m[7] ?? '';
  const nanos = frac === '' ? 0 : Number(frac.padEnd(9, '0'));
  // Date.UTC with a full year (setUTCFullYear avoids the 0–99 → 1900s mapping); a leap second rolls over.
  const base = new Date(0);
  base.setUTCFullYear(y, mo - 1, d);
  base.setUTCHours(h, mi, sec, 0);
  return { seconds: base.getTime() / 1000 - offset, nanos };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** UTC rendering of 04 §6.3. */
export function renderInstant(t: Instant): string {
  const d = new Date(t.seconds * 1000);
  const y = d.getUTCFullYear();
  const year = y >= 0 && y <= 9999 ? pad(y, 4) : (y < 0 ? '-' : '+') + pad(Math.abs(y), 6);
  let frac = '';
  if (t.nanos !== 0) {
    if (t.nanos % 1_000_000 === 0) frac = '.' + pad(t.nanos / 1_000_000, 3);
    else if (t.nanos % 1_000 === 0) frac = '.' + pad(t.nanos / 1_000, 6);
    else frac = '.' + pad(t.nanos, 9);
  }
  return (
    `${year}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}T` +
    `${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}${frac}Z`
  );
}

/** Parse then render; undefined when `s` is not RFC 3339. */
export function normalizeRfc3339(s: string): string | undefined {
  const t = parseRfc3339(s);
  return t === undefined ? undefined : renderInstant(t);
}

export function compareInstants(a: Instant, b: Instant): number {
  return a.seconds - b.seconds || a.nanos - b.nanos;
}

/** Unix seconds (integer or fractional, as in profiles' first_seen/last_seen) → Instant. */
export function instantFromUnixSeconds(seconds: number): Instant {
  const whole = Math.floor(seconds);
  return { seconds: whole, nanos: Math.round((seconds - whole) * 1e9) };
}
