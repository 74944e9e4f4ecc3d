// The generate/record document as a sandbox policy, so `assay record -o p.yaml -- cmd` then
// `assay sandbox -p p.yaml -- cmd` runs the same command. Conversion grants no more than was seen:
// - files.allow: a literal path is granted itself (a file gets file-only rights); an entry with
//   `access: read` is read-only, `create` grants its directory read-write (the file does not exist
//   before the run), anything else read-write on the path. A glob is cut to its literal directory and
//   granted read-only.
// - processes.allow: read + execute on the executable.
// - network.allow_destinations: the TCP port of each `addr:port` (enforced only with --enforce-net).
// - files.deny: carved out like fs.deny. needs_review entries are not granted (listed as notes).
// Collapsing siblings into a parent directory is not done here (it can only widen access).
import type { KeyPath } from '../util/yaml-source.js';
import type { SandboxPolicy } from './policy.js';

const RECORD_TOP = ['_meta', 'files', 'network', 'processes'] as const;
const SANDBOX_TOP = ['api_version', 'extends', 'fs', 'net', 'scopes', 'env'];

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A mapping whose keys are record keys, at least one of them, and no sandbox key. */
export function isRecordDocument(root: Record<string, unknown>): boolean {
  const keys = Object.keys(root);
  return keys.some((k) => (RECORD_TOP as readonly string[]).includes(k)) && !keys.some((k) => SANDBOX_TOP.includes(k));
}

interface Entry {
  pattern: string;
  access?: string;
}

function entries(v: unknown, path: KeyPath, err: (p: KeyPath, m: string) => void): Entry[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    err(path, `${path.join('.')} must be a list`);
    return [];
  }
  const out: Entry[] = [];
  v.forEach((e, i) => {
    if (typeof e === 'string') out.push({ pattern: e });
    else if (isMap(e) && typeof e.pattern === 'string') out.push({ pattern: e.pattern, ...(typeof e.access === 'string' ? { access: e.access } : {}) });
    else err([...path, i], `${path.join('.')}[${i}] must be a string or {pattern: ...}`);
  });
  return out;
}

/** Literal directory part of a glob pattern (`/a/b/*.txt` → `/a/b`); undefined when there is none. */
export function literalPrefix(pattern: string): { path: string; glob: boolean } | undefined {
  const at = pattern.search(/[*?[]/);
  if (at < 0) return { path: pattern, glob: false };
  const cut = pattern.slice(0, at);
  const slash = cut.lastIndexOf('/');
  if (slash <= 0) return undefined; // `/*` or `*`: nothing literal worth granting
  return { path: cut.slice(0, slash), glob: true };
}

/** Parent directory of an absolute path (`/a/b` → `/a`). */
function parentOf(p: string): string {
  const i = p.replace(/\/+$/, '').lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

const PORT_RE = /:(\d{1,5})$/;

export function convertRecordDocument(root: Record<string, unknown>, err: (p: KeyPath, m: string) => void): Omit<SandboxPolicy, 'name'> {
  for (const k of Object.keys(root)) if (!(RECORD_TOP as readonly string[]).includes(k)) err([k], `unknown key "${k}" in the record document`);
  const sec = (k: string): Record<string, unknown> => {
    const v = root[k];
    if (v === undefined || v === null) return {};
    if (!isMap(v)) {
      err([k], `${k} must be a mapping`);
      return {};
    }
    return v;
  };
  const files = sec('files');
  const network = sec('network');
  const processes = sec('processes');
  const allow = new Set<string>();
  const read = new Set<string>();
  const deny = new Set<string>();
  const ports = new Set<string>();
  const notes: string[] = [];

  for (const e of entries(files.allow, ['files', 'allow'], err)) {
    const lit = literalPrefix(e.pattern);
    if (!lit || !lit.path.startsWith('/')) {
      notes.push(`files.allow ${JSON.stringify(e.pattern)} has no absolute literal directory: not granted`);
      continue;
    }
    if (lit.glob || e.access === 'read') read.add(lit.path);
    else if (e.access === 'create' || e.access === 'mkdir' || e.access === 'unlink' || e.access === 'rename') allow.add(parentOf(lit.path));
    else allow.add(lit.path);
  }
  for (const e of entries(files.deny, ['files', 'deny'], err)) {
    const lit = literalPrefix(e.pattern);
    if (lit && lit.path.startsWith('/')) deny.add(lit.path);
    else notes.push(`files.deny ${JSON.stringify(e.pattern)} has no absolute literal directory: not carved`);
  }
  for (const e of entries(files.needs_review, ['files', 'needs_review'], err)) notes.push(`files.needs_review ${JSON.stringify(e.pattern)}: not granted`);
  for (const e of entries(processes.allow, ['processes', 'allow'], err)) {
    const lit = literalPrefix(e.pattern);
    if (lit && lit.path.startsWith('/')) read.add(lit.path);
  }
  for (const e of entries(processes.needs_review, ['processes', 'needs_review'], err)) notes.push(`processes.needs_review ${JSON.stringify(e.pattern)}: not granted`);
  entries(processes.deny, ['processes', 'deny'], err);
  for (const e of entries(network.allow_destinations, ['network', 'allow_destinations'], err)) {
    const m = PORT_RE.exec(e.pattern);
    if (m && !e.pattern.startsWith('unix:')) ports.add(String(Number(m[1])));
    else if (!e.pattern.startsWith('unix:')) notes.push(`network ${JSON.stringify(e.pattern)} has no port: not granted`);
  }
  entries(network.needs_review, ['network', 'needs_review'], err).forEach((e) => notes.push(`network.needs_review ${JSON.stringify(e.pattern)}: not granted`));
  entries(network.deny_destinations, ['network', 'deny_destinations'], err);

  const sorted = (s: Set<string>) => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    builtin: false,
    converted: true,
    fs: { allow: sorted(allow), read: sorted(read), deny: sorted(deny) },
    net: { allow: [...ports].sort((a, b) => Number(a) - Number(b)), deny: [] },
    scopes: { signal: true, abstractUnixSocket: true },
    env: { allow: [] },
    notes,
  };
}
