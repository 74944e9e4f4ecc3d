// The ruleset as data: baseline grants + policy + cwd + scoped tmp + executable prefixes, expanded,
// canonicalized, with every fs.deny carved out of the grants that contain it. Pure: the file system is
// read only through the FsView the caller passes (tests use a fake). See docs/sandbox.md.
import type { SandboxPolicy } from './policy.js';

export type Access = 'ro' | 'rx' | 'rw' | 'file-rw';
export type RuleSource = 'baseline' | 'policy' | 'cwd' | 'tmp' | 'prefix' | 'tty' | 'carve';

export interface PlannedRule {
  path: string;
  access: Access;
  source: RuleSource;
}

export interface FsView {
  /** Kind of the path after following symlinks. */
  kind(p: string): 'dir' | 'file' | 'missing';
  /** Canonical path (symlinks resolved); only called for existing paths. */
  realpath(p: string): string;
  /** Entry names of a directory, sorted. */
  list(dir: string): string[];
}

export interface PlanVars {
  HOME: string;
  CWD: string;
  USER: string;
  TMPDIR: string;
}

export interface PlanInput {
  policy: SandboxPolicy;
  vars: PlanVars;
  /** Resolved executable and its interpreter (absolute). */
  executables: readonly string[];
  /** One of the child's stdio fds is a terminal. */
  tty: boolean;
  fs: FsView;
  /** Replacement rules allowed for one deny before it counts as unresolvable. */
  carveLimit?: number;
}

export interface Carve {
  deny: string;
  grant: string;
  replacements: number;
}

export interface Conflict {
  deny: string;
  grant: string;
  replacements: number;
}

export interface Plan {
  rules: PlannedRule[];
  /** fs.allow / fs.read entries that do not exist (no rule added). */
  missing: string[];
  carves: Carve[];
  /** Grants dropped because carving them would take more than carveLimit rules. */
  conflicts: Conflict[];
  /** Expansion errors (globs, unknown variables): fatal. */
  errors: string[];
}

export const BASELINE: ReadonlyArray<{ path: string; access: Access }> = [
  ...['/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32'].map((path) => ({ path, access: 'rx' as const })),
  ...[
    '/etc/ld.so.cache',
    '/etc/ld.so.conf',
    '/etc/ld.so.conf.d',
    '/etc/localtime',
    '/etc/timezone',
    '/etc/hosts',
    '/etc/resolv.conf',
    '/etc/nsswitch.conf',
    '/etc/host.conf',
    '/etc/gai.conf',
    '/etc/ssl',
    '/etc/ca-certificates',
    '/etc/pki',
    '/etc/crypto-policies',
    '/dev/urandom',
    '/dev/random',
  ].map((path) => ({ path, access: 'ro' as const })),
  ...['/dev/null', '/dev/zero', '/dev/full'].map((path) => ({ path, access: 'file-rw' as const })),
];

const TTY_PATHS = ['/dev/tty', '/dev/pts', '/dev/ptmx'];

/** Expand `~/`, `${HOME}`, `${CWD}`, `${USER}`, `${TMPDIR}`; relative paths resolve against CWD. */
export function expandPath(raw: string, vars: PlanVars): string | { error: string } {
  let s = raw;
  if (s === '~' || s.startsWith('~/')) s = vars.HOME + s.slice(1);
  let bad: string | undefined;
  s = s.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, name: string) => {
    if (name === 'HOME' || name === 'CWD' || name === 'USER' || name === 'TMPDIR') return vars[name];
    bad ??= name;
    return '';
  });
  if (bad !== undefined) return { error: `unknown variable \${${bad}} in ${JSON.stringify(raw)} (known: HOME, CWD, USER, TMPDIR)` };
  if (/[*?[]/.test(s)) return { error: `${JSON.stringify(raw)} is a glob; sandbox paths are literal` };
  if (!s.startsWith('/')) s = `${vars.CWD}/${s}`;
  return normalize(s);
}

/** Lexical normalization of an absolute path: no `.`, `..`, repeated or trailing slashes. */
export function normalize(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return '/' + out.join('/');
}

/** True when `child` is `parent` or beneath it. */
export function isUnder(child: string, parent: string): boolean {
  return child === parent || parent === '/' || child.startsWith(parent + '/');
}

/** Canonical form of a possibly missing path: realpath of its longest existing ancestor + the rest. */
export function canonical(p: string, fsv: FsView): string {
  let head = p;
  const rest: string[] = [];
  while (fsv.kind(head) === 'missing' && head !== '/') {
    const i = head.lastIndexOf('/');
    rest.unshift(head.slice(i + 1));
    head = i <= 0 ? '/' : head.slice(0, i);
  }
  const base = fsv.realpath(head);
  return normalize([base, ...rest].join('/'));
}

/** Install prefix of an executable: `…/bin/x` → `…`, else the file's directory. */
export function installPrefix(exe: string): string {
  const dir = exe.slice(0, exe.lastIndexOf('/')) || '/';
  if (dir.endsWith('/bin') || dir.endsWith('/sbin')) return dir.slice(0, dir.lastIndexOf('/')) || '/';
  return dir;
}

export function planRules(input: PlanInput): Plan {
  const { policy, vars, fs: fsv } = input;
  const limit = input.carveLimit ?? 1024;
  const rules: PlannedRule[] = [];
  const missing: string[] = [];
  const errors: string[] = [];
  const add = (path: string, access: Access, source: RuleSource, reportMissing: boolean) => {
    if (fsv.kind(path) === 'missing') {
      if (reportMissing) missing.push(path);
      return;
    }
    rules.push({ path: fsv.realpath(path), access, source });
  };
  for (const b of BASELINE) add(b.path, b.access, 'baseline', false);
  if (input.tty) for (const p of TTY_PATHS) add(p, 'rw', 'tty', false);
  add(vars.CWD, 'rx', 'cwd', false);
  add(vars.TMPDIR, 'rw', 'tmp', false);
  for (const exe of input.executables) add(installPrefix(exe), 'rx', 'prefix', false);
  const fromPolicy = (list: readonly string[], access: Access) => {
    for (const raw of list) {
      const e = expandPath(raw, vars);
      if (typeof e !== 'string') errors.push(e.error);
      else add(e, access, 'policy', true);
    }
  };
  fromPolicy(policy.fs.read, 'rx');
  fromPolicy(policy.fs.allow, 'rw');

  const carves: Carve[] = [];
  const conflicts: Conflict[] = [];
  let current = dedupe(rules);
  for (const raw of policy.fs.deny) {
    const e = expandPath(raw, vars);
    if (typeof e !== 'string') {
      errors.push(e.error);
      continue;
    }
    const deny = canonical(e, fsv);
    const next: PlannedRule[] = [];
    for (const r of current) {
      if (!isUnder(deny, r.path)) {
        next.push(r);
        continue;
      }
      if (deny === r.path) {
        carves.push({ deny, grant: r.path, replacements: 0 });
        continue;
      }
      const repl = carveOut(r, deny, fsv, limit);
      if (repl === undefined) {
        conflicts.push({ deny, grant: r.path, replacements: limit + 1 });
        continue;
      }
      carves.push({ deny, grant: r.path, replacements: repl.length });
      next.push(...repl);
    }
    current = dedupe(next);
  }
  return { rules: current, missing, carves, conflicts, errors };
}

/**
 * Replace grant R by grants on every entry of each directory on the chain R → parent(D), except the
 * entry leading to D. The chain directories themselves get no rule, so nothing new can be created in
 * them and D stays unreachable. undefined when more than `limit` rules would be needed.
 */
function carveOut(r: PlannedRule, deny: string, fsv: FsView, limit: number): PlannedRule[] | undefined {
  const out: PlannedRule[] = [];
  const segs = deny.slice(r.path === '/' ? 1 : r.path.length + 1).split('/');
  let dir = r.path;
  for (const seg of segs) {
    if (fsv.kind(dir) !== 'dir') break;
    for (const name of fsv.list(dir)) {
      if (name === seg) continue;
      const child = dir === '/' ? `/${name}` : `${dir}/${name}`;
      out.push({ path: child, access: r.access, source: 'carve' });
      if (out.length > limit) return undefined;
    }
    dir = dir === '/' ? `/${seg}` : `${dir}/${seg}`;
  }
  return out;
}

function dedupe(rules: PlannedRule[]): PlannedRule[] {
  const seen = new Set<string>();
  const out: PlannedRule[] = [];
  for (const r of rules) {
    const k = `${r.access}\0${r.path}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(r);
  }
  return out;
}

/** Banner counts: `FS(rx:8 ro:15 rw:5 carved:0 missing:0)`. */
export function ruleCounts(plan: Plan): { rx: number; ro: number; rw: number; carved: number; missing: number } {
  const n = (a: Access) => plan.rules.filter((r) => r.access === a).length;
  return { rx: n('rx'), ro: n('ro'), rw: n('rw') + n('file-rw'), carved: plan.carves.length, missing: plan.missing.length };
}
