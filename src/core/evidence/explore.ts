// `assay evidence explore` / `show`: load a bundle for viewing (full verify unless --no-verify, which
// still applies every limit and strict check), sanitize every displayed value, and render it as text, JSON, a
// self-contained HTML report, or the frames of the interactive terminal view (pure: the CLI does the I/O).
import { verifyBundleBytes, type VerifyResult } from './verify.js';
import type { EvidenceLimits } from './limits.js';
import type { EvidenceEvent } from './event.js';
import type { Manifest } from './manifest.js';

export const SUBJECT_CAP = 200;
export const PAYLOAD_CAP = 4096;
export const INPUT_CAP = 200;
export const DEFAULT_MAX_EVENTS = 50_000;

// ESC sequences (CSI, OSC/DCS/SOS/PM/APC strings, two-byte escapes), then every other C0, DEL, C1 and bidi control.
const ESC_SEQ = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|[@-Z\\-_]?)|\u009b[0-?]*[ -/]*[@-~]?/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Controls removed, then cut to `max` code points (with `…` when cut). */
export function sanitize(s: string, max = Infinity): string {
  const clean = s.replace(ESC_SEQ, '').replace(CONTROLS, '');
  if (max === Infinity) return clean;
  const cps = [...clean];
  return cps.length <= max ? clean : cps.slice(0, max).join('') + '…';
}

/** Pretty JSON of an event with every string value and key sanitized, cut at the payload cap. */
export function prettyEvent(ev: unknown, cap = PAYLOAD_CAP): string {
  const clean = (v: unknown): unknown => {
    if (typeof v === 'string') return sanitize(v);
    if (Array.isArray(v)) return v.map(clean);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [sanitize(k), clean(x)]));
    return v;
  };
  const text = JSON.stringify(clean(ev), null, 2);
  const cps = [...text];
  return cps.length <= cap ? text : cps.slice(0, cap).join('') + '\n… (truncated)';
}

export interface ExploreRow {
  seq: number;
  time: string;
  type: string;
  /** Sanitized and cut at 200 characters. */
  subject: string;
  event: EvidenceEvent;
}

export interface ExploreModel {
  manifest: Manifest;
  result: VerifyResult;
  verified: boolean;
  rows: ExploreRow[];
  /** Events beyond --max-events, not loaded. */
  skipped: number;
}

export interface ExploreOptions {
  limits?: Partial<EvidenceLimits>;
  /** false = `--no-verify` (hash checks skipped; header says UNVERIFIED). */
  verify?: boolean;
  maxEvents?: number;
  bundleLabel?: string;
}

/** Load a bundle for viewing. Throws BundleError when it fails (verify, or the limits/strict checks of --no-verify). */
export async function loadExplore(bytes: Uint8Array, opts: ExploreOptions = {}): Promise<ExploreModel> {
  const max = opts.maxEvents ?? DEFAULT_MAX_EVENTS;
  const rows: ExploreRow[] = [];
  let skipped = 0;
  const result = await verifyBundleBytes(bytes, {
    limits: opts.limits,
    hashChecks: opts.verify !== false,
    bundleLabel: opts.bundleLabel,
    onEvent: (ev) => {
      if (rows.length >= max) {
        skipped++;
        return;
      }
      rows.push({ seq: ev.assayseq, time: ev.time, type: sanitize(ev.type), subject: typeof ev.subject === 'string' ? sanitize(ev.subject, SUBJECT_CAP) : '', event: ev });
    },
  });
  return { manifest: result.manifest, result, verified: opts.verify !== false, rows, skipped };
}

export interface RowFilter {
  /** Substring of `type`. */
  type?: string;
  /** Case-insensitive substring of the sanitized subject. */
  search?: string;
}

export function filterRows(rows: readonly ExploreRow[], f: RowFilter): ExploreRow[] {
  const t = f.type ?? '';
  const q = (f.search ?? '').toLowerCase();
  return rows.filter((r) => (t === '' || r.type.includes(t)) && (q === '' || r.subject.toLowerCase().includes(q)));
}

/** The header lines: Bundle ID, producer, run id, events, first 16 hex of the run root. */
export function headerLines(m: ExploreModel): string[] {
  const p = m.manifest.producer;
  const root = m.result.run_root.replace(/^sha256:/, '').slice(0, 16);
  const lines = [
    `Bundle ID: ${sanitize(m.manifest.bundle_id, 80)}${m.verified ? '' : '  UNVERIFIED'}`,
    `Producer:  ${sanitize(`${p.name} ${p.version}${typeof p.git === 'string' ? ` (${p.git})` : ''}`, 120)}`,
    `Run ID:    ${sanitize(m.manifest.run_id, 120)}`,
    `Events:    ${m.result.event_count}${m.skipped > 0 ? ` (${m.rows.length} loaded, ${m.skipped} beyond --max-events)` : ''}`,
    `Run root:  ${root}`,
  ];
  return lines;
}

function pad(s: string, n: number): string {
  const cps = [...s];
  return cps.length >= n ? cps.slice(0, n).join('') : s + ' '.repeat(n - cps.length);
}

export function tableLines(rows: readonly ExploreRow[]): string[] {
  const out = [`${pad('SEQ', 7)} ${pad('TIME', 30)} ${pad('TYPE', 34)} SUBJECT`];
  for (const r of rows) out.push(`${pad(String(r.seq), 7)} ${pad(r.time, 30)} ${pad(r.type, 34)} ${r.subject}`);
  return out;
}

/** Non-interactive view: the header and the filtered table, or with `seq` the one event. */
export function showText(m: ExploreModel, opts: RowFilter & { seq?: number }): string {
  const out = headerLines(m);
  out.push('');
  if (opts.seq !== undefined) {
    const row = m.rows.find((r) => r.seq === opts.seq);
    out.push(row === undefined ? `No event with seq ${opts.seq}.` : prettyEvent(row.event));
  } else {
    const rows = filterRows(m.rows, opts);
    out.push(...tableLines(rows));
    if (rows.length !== m.rows.length) out.push(`(${rows.length} of ${m.rows.length} events match)`);
  }
  return out.join('\n') + '\n';
}

/** `--format json`: `{manifest, events[], verify_mode}` (events raw, as in the bundle). */
export function showJson(m: ExploreModel, opts: RowFilter & { seq?: number }): Record<string, unknown> {
  const rows = opts.seq !== undefined ? m.rows.filter((r) => r.seq === opts.seq) : filterRows(m.rows, opts);
  return { manifest: m.manifest, events: rows.map((r) => r.event), verify_mode: m.verified ? 'enabled' : 'disabled' };
}

// ---- Interactive view: a pure state machine; the CLI feeds keys and paints frames. ----------------------

export interface TuiState {
  cursor: number;
  /** First visible row of the list pane. */
  top: number;
  search: string;
  filter: string;
  /** Typing into the search (`/`) or filter (`f`) field. */
  input: 'none' | 'search' | 'filter';
  quit: boolean;
}

export type TuiKey = 'up' | 'down' | 'pageup' | 'pagedown' | 'home' | 'end' | 'enter' | 'escape' | 'backspace' | 'ctrl-c' | { char: string };

export function initialTui(): TuiState {
  return { cursor: 0, top: 0, search: '', filter: '', input: 'none', quit: false };
}

/** Decode raw terminal input into keys (arrow/page/home/end escape sequences, printable characters). */
export function decodeKeys(data: string): TuiKey[] {
  const keys: TuiKey[] = [];
  const seqs: Array<[string, TuiKey]> = [
    ['\u001b[A', 'up'],
    ['\u001b[B', 'down'],
    ['\u001b[5~', 'pageup'],
    ['\u001b[6~', 'pagedown'],
    ['\u001b[H', 'home'],
    ['\u001b[F', 'end'],
    ['\u001b[1~', 'home'],
    ['\u001b[4~', 'end'],
    ['\u001bOH', 'home'],
    ['\u001bOF', 'end'],
    ['\u001bOA', 'up'],
    ['\u001bOB', 'down'],
  ];
  let i = 0;
  outer: while (i < data.length) {
    for (const [s, k] of seqs) {
      if (data.startsWith(s, i)) {
        keys.push(k);
        i += s.length;
        continue outer;
      }
    }
    const c = data[i]!;
    if (c === '\u001b') {
      // A lone ESC, or an unknown sequence: skip the CSI body so it never types into a field.
      if (data[i + 1] === '[' || data[i + 1] === 'O') {
        let j = i + 2;
        while (j < data.length && !/[@-~]/.test(data[j]!)) j++;
        i = j + 1;
        continue;
      }
      keys.push('escape');
      i++;
    } else if (c === '\u0003') {
      keys.push('ctrl-c');
      i++;
    } else if (c === '\r' || c === '\n') {
      keys.push('enter');
      i++;
    } else if (c === '\u007f' || c === '\b') {
      keys.push('backspace');
      i++;
    } else {
      const cp = data.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      i += ch.length;
      // Input fields ignore controls.
      if (sanitize(ch) !== '') keys.push({ char: ch });
    }
  }
  return keys;
}

/** Apply one key. `count` is the number of rows after filtering; `page` the list pane height. */
export function tuiReduce(s: TuiState, key: TuiKey, count: number, page: number): TuiState {
  const n: TuiState = { ...s };
  if (key === 'ctrl-c') {
    n.quit = true;
    return n;
  }
  if (n.input !== 'none') {
    const field = n.input;
    if (key === 'enter') n.input = 'none';
    else if (key === 'escape') {
      n[field] = '';
      n.input = 'none';
    } else if (key === 'backspace') n[field] = [...n[field]].slice(0, -1).join('');
    else if (typeof key === 'object' && [...n[field]].length < INPUT_CAP) n[field] += key.char;
    n.cursor = 0;
    n.top = 0;
    return n;
  }
  const last = Math.max(0, count - 1);
  if (typeof key === 'object') {
    if (key.char === 'q') n.quit = true;
    else if (key.char === 'j') n.cursor = Math.min(last, n.cursor + 1);
    else if (key.char === 'k') n.cursor = Math.max(0, n.cursor - 1);
    else if (key.char === '/') n.input = 'search';
    else if (key.char === 'f') n.input = 'filter';
  } else if (key === 'down') n.cursor = Math.min(last, n.cursor + 1);
  else if (key === 'up') n.cursor = Math.max(0, n.cursor - 1);
  else if (key === 'pagedown') n.cursor = Math.min(last, n.cursor + 20);
  else if (key === 'pageup') n.cursor = Math.max(0, n.cursor - 20);
  else if (key === 'home') n.cursor = 0;
  else if (key === 'end') n.cursor = last;
  else if (key === 'escape') {
    n.search = '';
    n.filter = '';
    n.cursor = 0;
  }
  n.cursor = Math.min(n.cursor, last);
  if (n.cursor < n.top) n.top = n.cursor;
  if (n.cursor >= n.top + page) n.top = n.cursor - page + 1;
  return n;
}

/** One frame: header, list pane (SEQ, TIME, TYPE, SUBJECT) with the cursor row marked, detail pane, status line. */
export function tuiFrame(m: ExploreModel, s: TuiState, width: number, height: number): string[] {
  const rows = filterRows(m.rows, { search: s.search, type: s.filter });
  const header = headerLines(m);
  const listHeight = Math.max(3, Math.floor((height - header.length - 3) / 2));
  const fit = (line: string) => pad(line, Math.max(10, width));
  const out = header.map(fit);
  out.push(fit(`  ${tableLines([])[0]}`));
  for (let i = 0; i < listHeight; i++) {
    const r = rows[s.top + i];
    if (r === undefined) {
      out.push(fit(''));
      continue;
    }
    const mark = s.top + i === s.cursor ? '> ' : '  ';
    out.push(fit(mark + tableLines([r])[1]!));
  }
  const detailHeight = Math.max(1, height - out.length - 1);
  const cur = rows[s.cursor];
  const detail = cur === undefined ? ['(no events match)'] : prettyEvent(cur.event).split('\n');
  for (let i = 0; i < detailHeight; i++) out.push(fit(detail[i] ?? ''));
  const status =
    s.input !== 'none'
      ? `${s.input === 'search' ? 'search' : 'filter type'}: ${s.input === 'search' ? s.search : s.filter}_  (Enter done, Esc clear)`
      : `${rows.length ? s.cursor + 1 : 0}/${rows.length}  j/k move  PgUp/PgDn  Home/End  / search  f filter  Esc clear  q quit` +
        (s.search || s.filter ? `  [search "${s.search}" type "${s.filter}"]` : '');
  out.push(fit(status));
  return out;
}
