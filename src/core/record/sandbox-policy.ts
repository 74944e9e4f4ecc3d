// The ready sandbox policy of `assay record --sandbox-policy-out` (docs/record.md): the narrowest
// grants that let the recorded run pass. Per file, not per directory: a file read gets `fs.read` of
// that file; a write to an existing file gets `fs.allow` of the file; creating, removing or renaming
// an entry needs its directory (`fs.allow` of the parent). Heuristic widening, always commented:
// three or more sibling files with the same access collapse to their directory, never into `/`, a
// top-level directory, `$HOME` or one of its ancestors. Paths the sandbox baseline already grants
// (libraries, TLS roots, /dev/null, the executable's install prefix) and /proc, /sys are left out.
import { BASELINE, isUnder, type Access } from '../sandbox/plan.js';
import { compareUtf8 } from '../evidence/export-profile.js';
import { emitYaml, pathKey } from '../generate/yaml-emit.js';
import { summarizeAccess, tcpPortOf, type Aggregate } from './aggregate.js';

export type Grant = 'read' | 'allow';

export interface SandboxPolicyOptions {
  /** $HOME of the recording user: never collapsed into, nor above. */
  home?: string;
  /** Extra paths the sandbox grants anyway (the command's install prefix), with their access. */
  covered?: ReadonlyArray<{ path: string; access: Access }>;
  /** Siblings needed before a directory replaces its files (default 3). */
  collapseAt?: number;
}

export interface RecordedSandboxPolicy {
  fs: { allow: string[]; read: string[] };
  net: { allow: string[]; bind?: string[] };
  /** Why an entry is there, by `fs.allow`/`fs.read` path. */
  why: Map<string, string>;
  /** Header remarks (what was left out and why). */
  notes: string[];
}

const KERNEL_FS = ['/proc', '/sys'];

function parentOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

function coveredBy(path: string, grant: Grant, by: ReadonlyArray<{ path: string; access: Access }>): boolean {
  return by.some((b) => isUnder(path, b.path) && (grant === 'read' ? true : b.access === 'rw' || (b.access === 'file-rw' && b.path === path)));
}

/** A directory we never widen a grant to. */
function tooBroad(dir: string, home: string | undefined): boolean {
  if (dir.split('/').filter(Boolean).length < 2) return true;
  return home !== undefined && home !== '' && isUnder(home, dir);
}

export function recordSandboxPolicy(a: Aggregate, o: SandboxPolicyOptions = {}): RecordedSandboxPolicy {
  const covered = [...BASELINE, ...(o.covered ?? [])];
  const collapseAt = o.collapseAt ?? 3;
  const grants = new Map<string, { grant: Grant; why: string; file: boolean }>();
  let kernel = 0;
  let baseline = 0;
  const add = (path: string, grant: Grant, why: string, file: boolean): void => {
    if (coveredBy(path, grant, covered)) {
      baseline++;
      return;
    }
    const had = grants.get(path);
    if (had && (had.grant === 'allow' || grant === 'read')) return;
    grants.set(path, { grant, why, file });
  };

  for (const [path, s] of a.files) {
    if (KERNEL_FS.some((k) => isUnder(path, k))) {
      kernel++;
      continue;
    }
    const acc = summarizeAccess(s);
    if (acc === 'read') add(path, 'read', s.dir ? 'directory listed' : 'read', !s.dir);
    else if (acc === 'write' || acc === 'read_write') add(path, 'allow', 'written', true);
    else add(parentOf(path), 'allow', `${acc} ${path}`, false);
  }
  for (const path of a.processes.keys()) add(path, 'read', 'executed', true);

  // Collapse: ≥ collapseAt sibling files with the same grant → their directory.
  const byDir = new Map<string, string[]>();
  for (const [p, g] of grants) {
    if (!g.file) continue;
    const k = `${g.grant}\0${parentOf(p)}`;
    byDir.set(k, [...(byDir.get(k) ?? []), p]);
  }
  for (const [k, files] of byDir) {
    const [grant, dir] = k.split('\0') as [Grant, string];
    if (files.length < collapseAt || tooBroad(dir, o.home)) continue;
    for (const f of files) grants.delete(f);
    if (!grants.has(dir) || grant === 'allow') grants.set(dir, { grant, why: `collapsed: ${files.length} files ${grant === 'read' ? 'read' : 'written'} in this directory`, file: false });
  }

  // Drop what another grant already covers (a read beneath any grant, an allow beneath an allow).
  const paths = [...grants.keys()];
  for (const p of paths) {
    const g = grants.get(p)!;
    const cover = paths.some((q) => q !== p && grants.has(q) && isUnder(p, q) && (g.grant === 'read' || grants.get(q)!.grant === 'allow'));
    if (cover) grants.delete(p);
  }

  const list = (g: Grant) => [...grants].filter(([, v]) => v.grant === g).map(([p]) => p).sort(compareUtf8);
  const why = new Map([...grants].map(([p, v]) => [p, v.why]));

  const connect = new Set<number>();
  for (const [d, s] of a.network) {
    const port = tcpPortOf(d, s);
    if (port !== undefined && port > 0) connect.add(port);
  }
  const bindPorts = new Set<number>();
  let ephemeral = false;
  for (const [d, s] of a.binds) {
    const port = tcpPortOf(d, s);
    if (port === 0) ephemeral = true;
    else if (port !== undefined) bindPorts.add(port);
  }
  const num = (s: Set<number>) => [...s].sort((x, y) => x - y).map(String);
  const notes: string[] = [];
  if (baseline) notes.push(`${baseline} observed path(s) are covered by the sandbox baseline and not listed`);
  if (kernel) notes.push(`${kernel} path(s) under /proc and /sys are not granted (per-process kernel files)`);
  if (ephemeral) notes.push('net.bind is not restricted: the run bound an ephemeral TCP port (port 0), which a port list cannot express');
  return {
    fs: { allow: list('allow'), read: list('read') },
    net: { allow: num(connect), ...(ephemeral ? {} : { bind: num(bindPorts) }) },
    why,
    notes,
  };
}

/** The policy as YAML, with a comment on every grant saying why it is there. */
export function sandboxPolicyText(p: RecordedSandboxPolicy, header: readonly string[]): string {
  const comments = new Map<string, string[]>();
  p.fs.allow.forEach((x, i) => comments.set(pathKey(['fs', 'allow', i]), [p.why.get(x) ?? '']));
  p.fs.read.forEach((x, i) => comments.set(pathKey(['fs', 'read', i]), [p.why.get(x) ?? '']));
  comments.set(pathKey(['net']), ['TCP ports; enforced only with --enforce-net']);
  const doc = { api_version: 'assay/v1', fs: { allow: p.fs.allow, read: p.fs.read }, net: p.net };
  return emitYaml(doc, { header: [...header, ...p.notes], comments });
}
