// RFC 3339 parsing and the one UTC rendering used by the writer, attest, diff and explore:
// `YYYY-MM-DDTHH:MM:SS` + the shortest of 0, 3, 6 or 9 fraction digits that is exact + `Z`.

export interface Instant {
  /** Whole seconds since the Unix epoch, UTC. */
  seconds: number;
  /** 0..999 999 999. */
  nanos: number;
}

/** `n` decimal digits at `i`, or -1. */
function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(i + k) - 0x30;
    if (!(c >= 0 && c <= 9)) return -1;
    v = v * 10 + c;
  }
  return v;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Parse RFC 3339 (`T`/`t`, `Z`/`z` or `±hh:mm`, up to 9 fraction digits); undefined when invalid. */
export function parseRfc3339(s: string): Instant | undefined {
  // Hand-written: this runs once per event on the verify path.
  if (s.length < 20 || s.length > 35) return undefined;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  const sec = digits(s, 17, 2);
  if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || sec < 0) return undefined;
  const sep = s.charCodeAt(10);
  if (s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d || (sep !== 0x54 && sep !== 0x74) || s.charCodeAt(13) !== 0x3a || s.charCodeAt(16) !== 0x3a) {
    return undefined;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec > 60) return undefined;
  let p = 19;
  let nanos = 0;
  if (s.charCodeAt(p) === 0x2e) {
    p++;
    const from = p;
    while (p < s.length && s.charCodeAt(p) >= 0x30 && s.charCodeAt(p) <= 0x39) p++;
    const n = p - from;
    if (n < 1 || n > 9) return undefined;
    nanos = digits(s, from, n) * 10 ** (9 - n);
  }
  const z = s.charCodeAt(p);
  let offset = 0;
  if (z === 0x5a || z === 0x7a) {
    if (p + 1 !== s.length) return undefined;
  } else if (z === 0x2b || z === 0x2d) {
    const oh = digits(s, p + 1, 2);
    const om = digits(s, p + 4, 2);
    if (p + 6 !== s.length || s.charCodeAt(p + 3) !== 0x3a || oh < 0 || om < 0 || oh > 23 || om > 59) return undefined;
    offset = (oh * 60 + om) * 60 * (z === 0x2d ? -1 : 1);
  } else return undefined;
  return { seconds: daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offset, nanos };
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm; no Date objects on the hot path). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** UTC rendering. */
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
