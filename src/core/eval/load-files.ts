// Files a test names (policies, schema files, `$ref` blocks): read once, digested, diagnostics mapped
// onto the config position that named them (`test 't3': policy "p.yaml": <inner diagnostic>`).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import type { Diagnostic } from '../errors.js';
import { decodeUtf8Strict, findUtf8Problem, utf8Diagnostic } from '../util/read-text.js';
import type { KeyPath, YamlSource } from '../util/yaml-source.js';
import type { LoadContext } from './load-context.js';
import { osErrorText, resolveNamedPath, type ResolvedPath } from './paths.js';

const MAX_FILE_BYTES = 1024 * 1024;

export interface TestScope {
  id: string;
  /** `test 't1': ` */
  prefix: string;
  fileDigests: Record<string, string>;
  policyFiles: Array<{ display: string; abs: string }>;
  /** Default `min_score` for similarity/judge kinds (thresholds.min_score, else 0.80). */
  defaultMinScore: number;
}

export interface ReadFile {
  resolved: ResolvedPath;
  text: string;
}

/** Resolve, warn on cwd fallback, read (≤ 1 MiB, regular file), digest. Errors are recorded at `at`. */
export function readNamedFile(ctx: LoadContext, scope: TestScope, at: KeyPath, ref: string, what: string): ReadFile | undefined {
  const resolved = resolveNamedPath(ref, ctx.baseDir, ctx.file, ctx.opts.cwd);
  if (resolved.cwdFallback) {
    ctx.warn(
      'W_PATH_CWD_RELATIVE',
      at,
      `${scope.prefix}${what} "${ref}" is not next to the config; using "${resolved.display}" relative to the working directory`,
    );
  }
  let bytes: Buffer;
  try {
    const st = fs.statSync(resolved.abs);
    if (!st.isFile() || st.size > MAX_FILE_BYTES) {
      ctx.error(at, `${scope.prefix}${what} "${ref}": must be a regular file of at most 1 MiB`);
      return undefined;
    }
    bytes = fs.readFileSync(resolved.abs);
  } catch (e) {
    ctx.error(at, `${scope.prefix}${what} "${ref}": cannot read ${what} file: ${osErrorText(e)}`);
    return undefined;
  }
  const bad = findUtf8Problem(bytes);
  if (bad) {
    const inner = utf8Diagnostic(bad, resolved.display, 'E_CFG_PARSE');
    ctx.error(at, `${scope.prefix}${what} "${ref}": ${innerText(inner)}`, { context: { inner_line: bad.line, inner_col: bad.col } });
    return undefined;
  }
  const text = decodeUtf8Strict(bytes, resolved.display, 'E_CFG_PARSE');
  scope.fileDigests[resolved.display] = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  return { resolved, text };
}

export function innerText(d: Diagnostic): string {
  if (d.file !== undefined && d.line !== undefined) return `${d.file}:${d.line}:${d.col ?? 1}: ${d.message}`;
  if (d.file !== undefined) return `${d.file}: ${d.message}`;
  return d.message;
}

/**
 * Map diagnostics of a named file onto the config: errors become config errors at `at` with the
 * inner diagnostic (and its own position) in the message; warnings pass through unchanged.
 */
export function mapInner(ctx: LoadContext, at: KeyPath, head: string, diags: readonly Diagnostic[]): void {
  for (const d of diags) {
    if (d.severity === 'error') ctx.error(at, `${head}: ${innerText(d)}`, { context: { inner_code: d.code } });
    else ctx.push(d);
  }
}

/**
 * Map diagnostics of an inline policy value (positions already translated into the config): errors
 * keep their own position when they point into the config, else land at `at`.
 */
export function mapInline(ctx: LoadContext, at: KeyPath, head: string, diags: readonly Diagnostic[]): void {
  for (const d of diags) {
    if (d.severity !== 'error') {
      ctx.push({ ...d, file: ctx.file });
      continue;
    }
    const pos = d.file === ctx.file && d.line !== undefined ? { line: d.line, col: d.col ?? 1 } : undefined;
    ctx.error(at, `${head}: ${d.message}`, { pos, context: { inner_code: d.code } });
  }
}

/** A YamlSource over part of the config: positions of `translate(path)`. */
export function subSource(src: YamlSource, value: unknown, translate: (p: KeyPath) => KeyPath): YamlSource {
  return {
    file: src.file,
    value,
    posOf: (p) => src.posOf(translate(p)),
    keyPosOf: (p) => src.keyPosOf(translate(p)),
  };
}
