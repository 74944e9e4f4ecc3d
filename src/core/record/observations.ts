// `assay.observation.v1` JSONL (docs/record.md): what the native tracer writes, one syscall per line.
// Parsed strictly enough to build policies from: unknown types (foreign_abi, future kinds) are counted
// and skipped, malformed lines are warnings with their line number.
import type { Diagnostic } from '../errors.js';

export type FileAccess = 'read' | 'write' | 'read_write' | 'create' | 'unlink' | 'rename' | 'mkdir';
const FILE_ACCESS: readonly string[] = ['read', 'write', 'read_write', 'create', 'unlink', 'rename', 'mkdir'];

export type Observation =
  | { kind: 'file'; path: string; access: FileAccess; from?: string; dir: boolean; opath: boolean; result?: number; timestamp?: number; pid?: number }
  | { kind: 'exec'; path: string; result?: number; timestamp?: number; pid?: number }
  | { kind: 'connect' | 'bind'; dest: string; family?: string; proto?: string; result?: number; timestamp?: number; pid?: number };

export interface ParsedObservations {
  observations: Observation[];
  /** Lines of a kind the policies do not use (e.g. foreign_abi). */
  skipped: number;
  warnings: Diagnostic[];
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** One event object → an Observation, `null` for a known kind policies ignore, or an error message. */
export function observationOf(ev: Record<string, unknown>): Observation | null | string {
  const common = { ...(int(ev.result) !== undefined ? { result: int(ev.result)! } : {}), ...(int(ev.timestamp) !== undefined ? { timestamp: int(ev.timestamp)! } : {}), ...(int(ev.pid) !== undefined ? { pid: int(ev.pid)! } : {}) };
  const type = ev.type;
  if (type === 'file_open') {
    const path = str(ev.path);
    if (!path) return 'file_open without a path';
    const access = ev.access === undefined ? 'read' : ev.access;
    if (typeof access !== 'string' || !FILE_ACCESS.includes(access)) return `unknown access ${JSON.stringify(access)}`;
    const flags = typeof ev.flags === 'string' ? ev.flags : '';
    const from = str(ev.from);
    return { kind: 'file', path, access: access as FileAccess, ...(from ? { from } : {}), dir: ev.dir === true, opath: /(^|\|)O_PATH(\||$)/.test(flags), ...common };
  }
  if (type === 'proc_exec') {
    const path = str(ev.path);
    return path ? { kind: 'exec', path, ...common } : 'proc_exec without a path';
  }
  if (type === 'net_connect' || type === 'net_bind') {
    const dest = str(ev.dest);
    if (!dest) return `${type} without a dest`;
    return { kind: type === 'net_connect' ? 'connect' : 'bind', dest, ...(str(ev.family) ? { family: str(ev.family)! } : {}), ...(str(ev.proto) ? { proto: str(ev.proto)! } : {}), ...common };
  }
  if (typeof type === 'string') return null;
  return 'no "type"';
}

/** Parse observation JSONL text (`#` comments and blank lines allowed). */
export function parseObservations(text: string, file: string): ParsedObservations {
  const out: ParsedObservations = { observations: [], skipped: 0, warnings: [] };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t === '' || t.startsWith('#')) continue;
    let v: unknown;
    try {
      v = JSON.parse(t);
    } catch {
      // The tracer may be killed mid-line; only the last line can be partial, but any bad line is reported.
      out.warnings.push({ code: 'W_TRACE_SKIPPED_LINE', severity: 'warning', message: 'invalid JSON', file, line: i + 1, col: 1, source: 'trace' });
      continue;
    }
    const o = isObj(v) ? observationOf(v) : 'expected a JSON object';
    if (o === null) out.skipped++;
    else if (typeof o === 'string') out.warnings.push({ code: 'W_TRACE_SKIPPED_LINE', severity: 'warning', message: o, file, line: i + 1, col: 1, source: 'trace' });
    else out.observations.push(o);
  }
  return out;
}

/** Did the operation take effect? Failed opens and execs (ENOENT probes along PATH or module paths) need no
 * grant to replay the run. Connects count whatever the result: a non-blocking connect reports EINPROGRESS. */
export function succeeded(o: Observation): boolean {
  if (o.kind === 'connect' || o.kind === 'bind') return true;
  return o.result === undefined || o.result >= 0;
}
