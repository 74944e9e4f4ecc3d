// Path containment (`params.<name>.within`, schema keyword `x-assay-within`): an argument passes only if,
// after lexical normalisation, it is one of the allowed folders or lies below one, by whole segments.
// Purely lexical on purpose: the gate never touches the file system of the machine the tool runs on;
// symlinks are the sandbox's and the kernel's job (docs/authoring.md, "Path arguments").

import type { ErrorObject, FuncKeywordDefinition } from 'ajv';

/** ajv's data validator of a `compile` keyword (not exported by name from the package root). */
type DataValidateFunction = ((data: unknown) => boolean) & { errors?: Array<Partial<ErrorObject>> };

export const WITHIN_KEYWORD = 'x-assay-within';

export type WithinFailure = 'not_string' | 'empty' | 'relative' | 'nul' | 'backslash' | 'escapes_root' | 'outside';

export type WithinResult = { ok: true; normalized: string } | { ok: false; failure: WithinFailure; normalized?: string };

export type NormalizeResult = { ok: true; path: string } | { ok: false; failure: Exclude<WithinFailure, 'outside' | 'not_string'> };

/**
 * Lexical normalisation of an absolute POSIX path: repeated `/` collapse, `.` segments drop, `..` removes
 * the segment before it; a `..` with nothing left to remove climbs above the root and fails (rather than
 * being clamped to `/` as the kernel would: a path that tries it is hostile, not a path to serve).
 * Refused outright: the empty string, a relative path (no leading `/`, which includes `C:\…` and
 * `file://…`), a NUL byte (C APIs cut the path there) and a backslash (a separator on Windows servers).
 */
export function normalizeAbsolutePath(p: string): NormalizeResult {
  if (p.length === 0) return { ok: false, failure: 'empty' };
  if (p.includes('\u0000')) return { ok: false, failure: 'nul' };
  if (p.includes('\\')) return { ok: false, failure: 'backslash' };
  if (p.charCodeAt(0) !== 0x2f) return { ok: false, failure: 'relative' };
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return { ok: false, failure: 'escapes_root' };
      out.pop();
      continue;
    }
    out.push(seg);
  }
  return { ok: true, path: `/${out.join('/')}` };
}

/** `path` equals `folder` or lies below it, by whole segments; both already normalised. Case-sensitive. */
export function isWithinFolder(path: string, folder: string): boolean {
  if (folder === '/') return true;
  return path === folder || (path.length > folder.length && path.startsWith(folder) && path.charCodeAt(folder.length) === 0x2f);
}

/** Why an entry of a `within` list is unusable, or null. Folders must be absolute and may not use `..`. */
export function folderProblem(folder: unknown): string | null {
  if (typeof folder !== 'string') return 'must be a string (an absolute folder path)';
  const n = normalizeAbsolutePath(folder);
  if (!n.ok) {
    switch (n.failure) {
      case 'empty':
      case 'relative':
        return `must be an absolute path starting with "/" (got ${quote(folder)})`;
      case 'nul':
        return 'must not contain a NUL byte';
      case 'backslash':
        return `must not contain a backslash (got ${quote(folder)})`;
      case 'escapes_root':
        return `must not contain ".." (got ${quote(folder)})`;
    }
  }
  // A `..` that stays inside the root still makes the list say something other than what it means.
  if (folder.split('/').includes('..')) return `must not contain ".." (got ${quote(folder)})`;
  return null;
}

/** Problems of a whole `within` value: a non-empty list of folders; each item's problem by index. */
export function withinListProblems(value: unknown): { list: string | null; items: Array<{ index: number; message: string }> } {
  if (!Array.isArray(value)) return { list: 'must be a list of absolute folder paths', items: [] };
  if (value.length === 0) return { list: 'must list at least one folder (an empty list would deny every value)', items: [] };
  const items: Array<{ index: number; message: string }> = [];
  value.forEach((f, index) => {
    const m = folderProblem(f);
    if (m) items.push({ index, message: m });
  });
  return { list: null, items };
}

/** A compiled containment check over already validated folders. */
export class WithinChecker {
  readonly folders: readonly string[];

  constructor(folders: readonly string[]) {
    const norm: string[] = [];
    for (const f of folders) {
      const n = normalizeAbsolutePath(f);
      if (!n.ok || f.split('/').includes('..')) throw new Error(`invalid within folder ${quote(f)}`);
      norm.push(n.path);
    }
    this.folders = norm;
  }

  check(value: unknown): WithinResult {
    if (typeof value !== 'string') return { ok: false, failure: 'not_string' };
    const n = normalizeAbsolutePath(value);
    if (!n.ok) return { ok: false, failure: n.failure };
    for (const f of this.folders) if (isWithinFolder(n.path, f)) return { ok: true, normalized: n.path };
    return { ok: false, failure: 'outside', normalized: n.path };
  }

  /** The violation message for a failed check (values cut, so a huge argument cannot make a huge message). */
  message(value: unknown, r: Exclude<WithinResult, { ok: true }>): string {
    const allowed = this.folders.join(', ');
    switch (r.failure) {
      case 'not_string':
        return `must be a string path within ${allowed}`;
      case 'empty':
        return `must be a path within ${allowed} (got an empty string)`;
      case 'relative':
        return `must be an absolute path within ${allowed} (got ${quote(String(value))})`;
      case 'nul':
        return 'must not contain a NUL byte';
      case 'backslash':
        return `must not contain a backslash (got ${quote(String(value))})`;
      case 'escapes_root':
        return `climbs above the root with ".." (got ${quote(String(value))})`;
      case 'outside':
        return `resolves to ${quote(r.normalized ?? '')}, outside ${allowed}`;
    }
  }
}

const QUOTE_MAX = 200;

function quote(s: string): string {
  const cut = s.length > QUOTE_MAX ? `${s.slice(0, QUOTE_MAX)}…` : s;
  return JSON.stringify(cut);
}

/**
 * The ajv keyword. It applies to every JSON type: a path constraint met by a number or an object fails
 * (fail-closed), unlike `pattern`, which ignores non-strings.
 */
export function withinKeyword(): FuncKeywordDefinition {
  return {
    keyword: WITHIN_KEYWORD,
    schemaType: 'array',
    errors: true,
    compile(folders: unknown) {
      const p = withinListProblems(folders);
      const first = p.list ?? p.items[0]?.message;
      if (first !== undefined) throw new Error(`${WITHIN_KEYWORD} ${first}`);
      const checker = new WithinChecker(folders as string[]);
      const validate: DataValidateFunction = (data: unknown) => {
        const r = checker.check(data);
        if (r.ok) return true;
        validate.errors = [{ keyword: WITHIN_KEYWORD, message: checker.message(data, r), params: { within: checker.folders, failure: r.failure } }];
        return false;
      };
      return validate;
    },
  };
}
