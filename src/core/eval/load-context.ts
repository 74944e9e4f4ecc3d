// Diagnostic collection and typed field access for the eval.yaml loader. Loading never stops at the
// first problem: every helper records an error and returns undefined instead of throwing.
import type { Diagnostic } from '../errors.js';
import { findUnknownKeys } from '../util/unknown-keys.js';
import type { KeyPath, Position, YamlSource } from '../util/yaml-source.js';
import type { LoadOptions } from './types.js';

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `tests[0].input.prompt` */
export function pathText(path: KeyPath): string {
  let s = '';
  for (const seg of path) {
    if (typeof seg === 'number') s += `[${seg}]`;
    else s += s === '' ? seg : `.${seg}`;
  }
  return s;
}

export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `a ${typeof v}`;
}

export class LoadContext {
  readonly diagnostics: Diagnostic[] = [];
  /** Files loaded once per config load (a policy named by many tests), keyed by absolute path. */
  readonly memo: Map<string, unknown>;

  constructor(
    readonly src: YamlSource,
    /** Display path of the config. */
    readonly file: string,
    /** Absolute directory against which named paths resolve. */
    readonly baseDir: string,
    readonly opts: LoadOptions,
    /** The config's text (raw seed tokens are read from it). */
    readonly text: string,
    memo?: Map<string, unknown>,
  ) {
    this.memo = memo ?? new Map();
  }

  pos(path: KeyPath): Position {
    return this.src.posOf(path);
  }

  error(path: KeyPath, message: string, opts: { atKey?: boolean; pos?: Position; context?: Record<string, unknown> } = {}): void {
    const p = opts.pos ?? (opts.atKey ? this.src.keyPosOf(path) : this.src.posOf(path));
    this.diagnostics.push({
      code: 'E_CFG_PARSE',
      severity: 'error',
      message,
      source: 'config',
      file: this.file,
      line: p.line,
      col: p.col,
      context: { path: pathText(path), ...(opts.context ?? {}) },
    });
  }

  warn(code: string, path: KeyPath, message: string, opts: { atKey?: boolean; context?: Record<string, unknown> } = {}): void {
    const p = opts.atKey ? this.src.keyPosOf(path) : this.src.posOf(path);
    this.diagnostics.push({
      code,
      severity: 'warning',
      message,
      source: 'config',
      file: this.file,
      line: p.line,
      col: p.col,
      context: { path: pathText(path), ...(opts.context ?? {}) },
    });
  }

  /** Push a diagnostic produced elsewhere (policy loader warnings keep their own file and position). */
  push(d: Diagnostic): void {
    this.diagnostics.push(d);
  }

  hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }

  /**
   * Unknown keys are errors at every level, with "did you mean" (a typo must not drop a check); with
   * `lenient` they are W_CFG_UNKNOWN_KEY warnings. `where` is e.g. "at top level" or "in tests[2]".
   */
  checkKeys(obj: Obj, path: KeyPath, allowed: readonly string[], opts: { where?: string; accepted?: readonly string[] } = {}): void {
    const where = opts.where ?? `in ${pathText(path)}`;
    for (const u of findUnknownKeys(obj, allowed, where, opts.accepted ? { accepted: opts.accepted } : {})) {
      const context = u.suggestion !== null ? { unknown_key: u.key, suggestion: u.suggestion } : { unknown_key: u.key };
      if (this.opts.lenient) this.warn('W_CFG_UNKNOWN_KEY', [...path, u.key], u.message, { atKey: true, context });
      else this.error([...path, u.key], u.message, { atKey: true, context });
    }
  }

  mapping(v: unknown, path: KeyPath): Obj | undefined {
    if (isObj(v)) return v;
    this.error(path, `${pathText(path)}: expected a mapping, found ${typeName(v)}`);
    return undefined;
  }

  string(v: unknown, path: KeyPath, opts: { nonEmpty?: boolean } = {}): string | undefined {
    if (typeof v !== 'string') {
      this.error(path, `${pathText(path)}: expected a string`);
      return undefined;
    }
    if (opts.nonEmpty && v === '') {
      this.error(path, `${pathText(path)}: must not be empty`);
      return undefined;
    }
    return v;
  }

  bool(v: unknown, path: KeyPath): boolean | undefined {
    if (typeof v === 'boolean') return v;
    this.error(path, `${pathText(path)}: expected true or false`);
    return undefined;
  }

  number(v: unknown, path: KeyPath, range: { min?: number; max?: number; minExclusive?: boolean } = {}): number | undefined {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.error(path, `${pathText(path)}: expected a number`);
      return undefined;
    }
    return this.range(v, path, range);
  }

  int(v: unknown, path: KeyPath, range: { min?: number; max?: number } = {}): number | undefined {
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
      this.error(path, `${pathText(path)}: expected an integer`);
      return undefined;
    }
    return this.range(v, path, range);
  }

  private range(v: number, path: KeyPath, r: { min?: number; max?: number; minExclusive?: boolean }): number | undefined {
    const lowOk = r.min === undefined || (r.minExclusive ? v > r.min : v >= r.min);
    const highOk = r.max === undefined || v <= r.max;
    if (lowOk && highOk) return v;
    const lo = r.min === undefined ? '' : r.minExclusive ? `> ${r.min}` : `≥ ${r.min}`;
    const hi = r.max === undefined ? '' : `≤ ${r.max}`;
    this.error(path, `${pathText(path)}: must be ${[lo, hi].filter(Boolean).join(' and ')}, found ${v}`);
    return undefined;
  }

  stringList(v: unknown, path: KeyPath): string[] | undefined {
    if (!Array.isArray(v)) {
      this.error(path, `${pathText(path)}: expected a list of strings`);
      return undefined;
    }
    const out: string[] = [];
    let ok = true;
    v.forEach((item, i) => {
      if (typeof item !== 'string') {
        this.error([...path, i], `${pathText([...path, i])}: expected a string`);
        ok = false;
      } else out.push(item);
    });
    return ok ? out : undefined;
  }

  oneOf<T extends string>(v: unknown, path: KeyPath, values: readonly T[]): T | undefined {
    if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
    this.error(path, `${pathText(path)}: expected one of ${values.join(', ')}, found ${typeof v === 'string' ? `"${v}"` : typeName(v)}`);
    return undefined;
  }
}
