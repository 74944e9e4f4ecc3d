// Observations → per-key counters (docs/record.md): files, connect destinations, bind addresses and
// executables, each with hits and first/last time. Only operations that took effect are kept.
import { succeeded, type FileAccess, type Observation } from './observations.js';

export interface KeyStats {
  count: number;
  /** Unix milliseconds, when the events carry a timestamp. */
  first?: number;
  last?: number;
}

export interface FileStats extends KeyStats {
  accesses: Set<FileAccess>;
  /** An open of this path returned a directory. */
  dir: boolean;
}

export interface NetStats extends KeyStats {
  family?: string;
  proto?: string;
}

export interface Aggregate {
  files: Map<string, FileStats>;
  network: Map<string, NetStats>;
  binds: Map<string, NetStats>;
  processes: Map<string, KeyStats>;
  /** Observations used / ignored (failed operations, O_PATH opens). */
  used: number;
  ignored: number;
  first?: number;
  last?: number;
}

export interface AggregateOptions {
  /** Canonical form of an observed path (the CLI resolves symlinks); identity when absent. */
  resolve?: (path: string) => string;
}

function touch<T extends KeyStats>(m: Map<string, T>, key: string, make: () => T, ts: number | undefined): T {
  let s = m.get(key);
  if (!s) {
    s = make();
    m.set(key, s);
  }
  s.count++;
  if (ts !== undefined) {
    if (s.first === undefined || ts < s.first) s.first = ts;
    if (s.last === undefined || ts > s.last) s.last = ts;
  }
  return s;
}

export function aggregate(observations: readonly Observation[], opts: AggregateOptions = {}): Aggregate {
  const resolve = opts.resolve ?? ((p: string) => p);
  const a: Aggregate = { files: new Map(), network: new Map(), binds: new Map(), processes: new Map(), used: 0, ignored: 0 };
  const file = (path: string, access: FileAccess, dir: boolean, ts: number | undefined): void => {
    const s = touch(a.files, resolve(path), () => ({ count: 0, accesses: new Set<FileAccess>(), dir: false }), ts);
    s.accesses.add(access);
    if (dir) s.dir = true;
  };
  for (const o of observations) {
    // An O_PATH open reads nothing (and Landlock does not check it); a failed operation needs no grant.
    if (!succeeded(o) || (o.kind === 'file' && o.opath)) {
      a.ignored++;
      continue;
    }
    a.used++;
    const ts = o.timestamp;
    if (ts !== undefined) {
      if (a.first === undefined || ts < a.first) a.first = ts;
      if (a.last === undefined || ts > a.last) a.last = ts;
    }
    if (o.kind === 'file') {
      file(o.path, o.access, o.dir, ts);
      if (o.from !== undefined) file(o.from, o.access, false, ts);
    } else if (o.kind === 'exec') {
      touch(a.processes, resolve(o.path), () => ({ count: 0 }), ts);
    } else {
      const s = touch<NetStats>(o.kind === 'connect' ? a.network : a.binds, o.dest, () => ({ count: 0 }), ts);
      if (o.family !== undefined) s.family = o.family;
      if (o.proto !== undefined) s.proto = o.proto;
    }
  }
  return a;
}

/** One access word per file for the policy document: the strongest kind seen. */
export function summarizeAccess(s: FileStats): FileAccess {
  const has = (x: FileAccess) => s.accesses.has(x);
  if (has('create')) return 'create';
  if (has('mkdir')) return 'mkdir';
  if (has('rename')) return 'rename';
  if (has('unlink')) return 'unlink';
  if (has('read_write') || (has('write') && has('read'))) return 'read_write';
  if (has('write')) return 'write';
  return 'read';
}

/** The TCP port of `addr:port` / `[v6]:port`; undefined for unix sockets and malformed text. */
export function tcpPortOf(dest: string, s: NetStats): number | undefined {
  if (dest.startsWith('unix:') || s.family === 'unix') return undefined;
  if (s.proto !== undefined && s.proto !== 'tcp') return undefined;
  const m = /:(\d{1,5})$/.exec(dest);
  if (!m) return undefined;
  const p = Number(m[1]);
  return p <= 65535 ? p : undefined;
}
