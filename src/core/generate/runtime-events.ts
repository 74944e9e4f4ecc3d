// Runtime event files: `file_open` / `net_connect` / `proc_exec` JSONL, `#` comments.
// Other lines are bad lines (skipped with a warning, fatal with --strict); a file with no
// valid event → E_TRACE_INVALID.
import { InputError, type Diagnostic } from '../errors.js';

export interface RuntimeEvents {
  /** Key → hits, per kind. */
  files: Map<string, number>;
  network: Map<string, number>;
  processes: Map<string, number>;
  /** Valid events read. */
  events: number;
  /** W_TRACE_SKIPPED_LINE per bad line (default mode). */
  warnings: Diagnostic[];
}

export const RUNTIME_EVENT_TYPES = ['file_open', 'net_connect', 'proc_exec'] as const;

const NOT_AN_EVENT = 'not a runtime event (file_open with path, net_connect with dest, proc_exec with path)';

function fatal(file: string, message: string, diagnostics: Diagnostic[], line?: number): InputError {
  return new InputError('E_TRACE_INVALID', message, {
    source: 'trace',
    context: { file, ...(line !== undefined ? { line, col: 1 } : {}) },
    nextStepValues: { 'trace.jsonl': file },
    diagnostics,
  });
}

/** Parse runtime-event JSONL text. `file` is the path as shown in messages. */
export function parseRuntimeEvents(text: string, file: string, opts: { strict?: boolean } = {}): RuntimeEvents {
  const out: RuntimeEvents = { files: new Map(), network: new Map(), processes: new Map(), events: 0, warnings: [] };
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const bad = (line: number, message: string): void => {
    const d: Diagnostic = { code: 'W_TRACE_SKIPPED_LINE', severity: 'warning', message, file, line, col: 1, source: 'trace' };
    if (opts.strict) {
      const e: Diagnostic = { ...d, code: 'E_TRACE_INVALID', severity: 'error' };
      throw fatal(file, message, [e], line);
    }
    out.warnings.push(d);
  };
  const bump = (m: Map<string, number>, k: string): void => {
    m.set(k, (m.get(k) ?? 0) + 1);
  };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const t = (raw.endsWith('\r') ? raw.slice(0, -1) : raw).trim();
    if (t === '' || t.startsWith('#')) continue;
    let v: unknown;
    try {
      v = JSON.parse(t);
    } catch (e) {
      bad(i + 1, `invalid JSON: ${(e as Error).message}`);
      continue;
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      bad(i + 1, 'expected a JSON object');
      continue;
    }
    const ev = v as Record<string, unknown>;
    // `assay record` observations (docs/record.md) carry more than these three kinds and report failed
    // attempts too: binds and foreign-ABI notes are not runtime events, a failed open or exec (a PATH or
    // module-path probe) is not behaviour to allow.
    if (ev['v'] === 1 && (ev['type'] === 'net_bind' || ev['type'] === 'foreign_abi')) continue;
    if (ev['v'] === 1 && ev['type'] !== 'net_connect' && typeof ev['result'] === 'number' && ev['result'] < 0) continue;
    const path = ev['path'];
    const dest = ev['dest'];
    if (ev['type'] === 'file_open' && typeof path === 'string' && path !== '') bump(out.files, path);
    else if (ev['type'] === 'net_connect' && typeof dest === 'string' && dest !== '') bump(out.network, dest);
    else if (ev['type'] === 'proc_exec' && typeof path === 'string' && path !== '') bump(out.processes, path);
    else {
      bad(i + 1, NOT_AN_EVENT);
      continue;
    }
    out.events++;
  }
  if (out.events === 0) {
    const message = 'no valid runtime event (file_open, net_connect, proc_exec)';
    throw fatal(file, message, [...out.warnings, { code: 'E_TRACE_INVALID', severity: 'error', message, file, source: 'trace' }]);
  }
  return out;
}
