// Diagnostics with positions while loading a policy (or a rule list embedded in another file).
import type { Diagnostic } from '../errors.js';
import { findUnknownKeys, type UnknownKeyOptions } from '../util/unknown-keys.js';
import type { KeyPath, YamlSource } from '../util/yaml-source.js';
import type { SourceRef } from './types.js';

export class LoadContext {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly file: string,
    readonly source: YamlSource | undefined,
    /** Where the policy value sits inside `source` (inline policies). */
    readonly base: KeyPath = [],
    /** Error code: E_POLICY_PARSE for policies, E_CFG_PARSE for rules inside eval configs. */
    readonly code: string = 'E_POLICY_PARSE',
    /** `--lenient`: unknown keys are warnings instead of errors. */
    readonly lenient: boolean = false,
  ) {}

  /**
   * Unknown keys of the mapping at `path` are errors (a typo must not drop a rule), warnings when
   * lenient. `where` defaults to "at top level" / "in <path>".
   */
  checkKeys(path: KeyPath, obj: Record<string, unknown>, allowed: readonly string[], opts: UnknownKeyOptions & { where?: string } = {}): void {
    const where = opts.where ?? (path.length === 0 ? 'at top level' : `in ${renderPath(path)}`);
    for (const u of findUnknownKeys(obj, allowed, where, opts)) {
      const context = u.suggestion !== null ? { unknown_key: u.key, suggestion: u.suggestion } : { unknown_key: u.key };
      if (this.lenient) {
        this.warn(this.code === 'E_CFG_PARSE' ? 'W_CFG_UNKNOWN_KEY' : 'W_POLICY_UNKNOWN_KEY', [...path, u.key], u.message, { key: true, context });
      } else this.error([...path, u.key], u.message, { key: true, context });
    }
  }

  ref(path: KeyPath, key = false): SourceRef | undefined {
    if (!this.source) return undefined;
    // The whole file: 1:1 (shows whole-file warnings there), not the first key's line.
    if (path.length === 0 && this.base.length === 0) return { file: this.file, line: 1, col: 1 };
    const full = [...this.base, ...path];
    const p = key ? this.source.keyPosOf(full) : this.source.posOf(full);
    return { file: this.file, line: p.line, col: p.col };
  }

  error(path: KeyPath, message: string, opts: { key?: boolean; context?: Record<string, unknown> } = {}): void {
    this.push('error', this.code, path, message, opts);
  }

  warn(code: string, path: KeyPath, message: string, opts: { key?: boolean; context?: Record<string, unknown> } = {}): void {
    this.push('warning', code, path, message, opts);
  }

  get errorCount(): number {
    return this.diagnostics.filter((d) => d.severity === 'error').length;
  }

  private push(
    severity: 'error' | 'warning',
    code: string,
    path: KeyPath,
    message: string,
    opts: { key?: boolean; context?: Record<string, unknown> },
  ): void {
    const r = this.ref(path, opts.key ?? false);
    const d: Diagnostic = { code, severity, message, source: 'policy', file: this.file };
    if (r) {
      d.line = r.line;
      d.col = r.col;
    }
    d.context = { key_path: renderPath(path), ...(opts.context ?? {}) };
    this.diagnostics.push(d);
  }
}

/** `tools.allow[0]`, `constraints[1].params.path.matches`, `schemas.read_file`. */
export function renderPath(path: KeyPath): string {
  let s = '';
  for (const seg of path) {
    if (typeof seg === 'number') s += `[${seg}]`;
    else s += s === '' ? seg : `.${seg}`;
  }
  return s;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function has(obj: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** Sort diagnostics by (line, col) keeping insertion order for ties; whole-file ones first. */
export function sortByPosition(ds: Diagnostic[]): Diagnostic[] {
  return ds
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.line ?? 0) - (b.d.line ?? 0) || (a.d.col ?? 0) - (b.d.col ?? 0) || a.i - b.i)
    .map((x) => x.d);
}
