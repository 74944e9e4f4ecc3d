// eval.yaml loader. Every check that needs only the config and the files it
// names runs here; every error is collected and the first one in file order decides the message.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError, type Diagnostic } from '../errors.js';
import { findUtf8Problem, utf8Diagnostic } from '../util/read-text.js';
import { parseYamlSource, type KeyPath, type Position } from '../util/yaml-source.js';
import { parseAssertions, type Ineffective } from './load-assertions.js';
import { isObj, LoadContext, pathText, type Obj } from './load-context.js';
import { parseExpected } from './load-expected.js';
import type { TestScope } from './load-files.js';
import { deriveSeed, parseOtel, parseSettings, parseThresholds } from './load-settings.js';
import type { EvalConfig, EvalTest, LoadOptions, OnError } from './types.js';

const MAX_CONFIG_BYTES = 1024 * 1024;
const TOP_KEYS = ['configVersion', 'suite', 'model', 'settings', 'thresholds', 'otel', 'tests'] as const;
const TEST_KEYS = ['id', 'input', 'expected', 'assertions', 'on_error', 'tags', 'metadata'] as const;
const DEFAULT_MIN_SCORE = 0.8;

export interface LoadResult {
  config: EvalConfig;
  /** Warnings (deprecations, cwd fallbacks, vacuous tests, policy load warnings). */
  diagnostics: Diagnostic[];
}

/** Default config names, in search order; an explicit --config never falls back. */
export const DEFAULT_CONFIG_NAMES = ['eval.yaml', 'assay.yaml', 'mcp-eval.yaml'] as const;

/**
 * The first default config that exists in `dir`; `fallback` is true when it is not `eval.yaml`
 * (the caller prints a note). Undefined when none exists.
 */
export function findDefaultConfig(dir: string): { path: string; name: string; fallback: boolean } | undefined {
  for (const name of DEFAULT_CONFIG_NAMES) {
    const p = path.join(dir, name);
    try {
      if (fs.statSync(p).isFile()) return { path: p, name, fallback: name !== 'eval.yaml' };
    } catch {
      // not there: try the next name
    }
  }
  return undefined;
}

/** A document with `tests` or `suite` is an eval config; anything else may be a policy. */
export function isEvalConfigDocument(value: unknown): boolean {
  return isObj(value) && ('tests' in value || 'suite' in value);
}

function fail(code: 'E_CFG_PARSE' | 'E_MISSING_CONFIG', file: string, diagnostics: Diagnostic[]): never {
  const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0]!;
  const where = first.line !== undefined ? `${first.file}:${first.line}:${first.col ?? 1}` : `${first.file ?? file}`;
  throw new ConfigError(code, `${where}: ${first.message}`, {
    source: 'config',
    context: { file: first.file ?? file, line: first.line, col: first.col },
    nextStepValues: { 'config.yaml': file },
    diagnostics,
  });
}

function wholeFile(file: string, code: 'E_CFG_PARSE' | 'E_MISSING_CONFIG', message: string): Diagnostic {
  return { code, severity: 'error', message, file, source: 'config' };
}

/** Read and load a config file. Throws ConfigError `E_MISSING_CONFIG` / `E_CFG_PARSE`. */
export function loadEvalConfig(file: string, displayPath: string = file, opts: LoadOptions = {}): LoadResult {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    fail('E_MISSING_CONFIG', displayPath, [wholeFile(displayPath, 'E_MISSING_CONFIG', 'config file not found')]);
  }
  if (!st.isFile() || st.size > MAX_CONFIG_BYTES) {
    fail('E_CFG_PARSE', displayPath, [wholeFile(displayPath, 'E_CFG_PARSE', 'config must be a regular file of at most 1 MiB')]);
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    fail('E_MISSING_CONFIG', displayPath, [wholeFile(displayPath, 'E_MISSING_CONFIG', 'config file not found')]);
  }
  // Never decode to U+FFFD: the first bad byte is a load error at its position.
  const bad = findUtf8Problem(bytes);
  if (bad) fail('E_CFG_PARSE', displayPath, [utf8Diagnostic(bad, displayPath, 'E_CFG_PARSE')]);
  return parseEvalConfig(bytes.toString('utf8'), displayPath, path.dirname(path.resolve(file)), opts, bytes);
}

/**
 * Load a config from text. `baseDir` is the absolute directory named paths resolve against;
 * `bytes` are the file's bytes (digest and derived seed), defaulting to the UTF-8 of `text`.
 */
export function parseEvalConfig(text: string, file: string, baseDir: string, opts: LoadOptions = {}, bytes?: Uint8Array): LoadResult {
  const raw = bytes ?? new TextEncoder().encode(text);
  const r = collectEvalConfig(text, file, baseDir, opts, raw);
  if (!r.config) fail('E_CFG_PARSE', file, r.diagnostics);
  return { config: r.config, diagnostics: r.diagnostics };
}

/** Like parseEvalConfig but never throws: `config` is undefined when any error was found. */
export function collectEvalConfig(
  text: string,
  file: string,
  baseDir: string,
  opts: LoadOptions = {},
  bytes?: Uint8Array,
): { config?: EvalConfig; diagnostics: Diagnostic[] } {
  const raw = bytes ?? new TextEncoder().encode(text);
  if (raw.byteLength > MAX_CONFIG_BYTES) {
    return { diagnostics: [wholeFile(file, 'E_CFG_PARSE', 'config must be a regular file of at most 1 MiB')] };
  }
  // Callers that read bytes themselves pass them: invalid UTF-8 there is an error, whatever `text` holds.
  const bad = bytes ? findUtf8Problem(bytes) : null;
  if (bad) return { diagnostics: [utf8Diagnostic(bad, file, 'E_CFG_PARSE')] };
  const parsed = parseYamlSource(text, file, 'E_CFG_PARSE');
  if (!parsed.source) return { diagnostics: parsed.errors };
  const ctx = new LoadContext(parsed.source, file, baseDir, opts, text);
  const config = build(ctx, parsed.source.value, raw);
  const diagnostics = sortDiagnostics(ctx.diagnostics, file);
  if (diagnostics.some((d) => d.severity === 'error') || !config) return { diagnostics };
  return { config, diagnostics };
}

function sortDiagnostics(diags: Diagnostic[], file: string): Diagnostic[] {
  return diags
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const fa = a.d.file === file ? 0 : 1;
      const fb = b.d.file === file ? 0 : 1;
      if (fa !== fb) return fa - fb;
      if (fa === 0) {
        const la = a.d.line ?? 0;
        const lb = b.d.line ?? 0;
        if (la !== lb) return la - lb;
        const ca = a.d.col ?? 0;
        const cb = b.d.col ?? 0;
        if (ca !== cb) return ca - cb;
      }
      return a.i - b.i;
    })
    .map((x) => x.d);
}

function build(ctx: LoadContext, value: unknown, bytes: Uint8Array): EvalConfig | undefined {
  if (value === undefined || value === null) {
    ctx.push(wholeFile(ctx.file, 'E_CFG_PARSE', 'config is empty (expected a mapping with suite, model and tests)'));
    return undefined;
  }
  if (!isObj(value)) {
    ctx.error([], `config must be a mapping with suite, model and tests, found ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}`);
    return undefined;
  }
  const root = value;
  ctx.checkKeys(root, [], TOP_KEYS, { where: 'at top level', accepted: ['version'] });

  let configVersion: 0 | 1 = 0;
  if ('configVersion' in root && 'version' in root) {
    ctx.error(['version'], 'give configVersion or its alias version, not both', { atKey: true });
  }
  const vKey = 'configVersion' in root ? 'configVersion' : 'version' in root ? 'version' : undefined;
  if (vKey) {
    const v = root[vKey];
    if (v === 0 || v === 1) configVersion = v;
    else ctx.error([vKey], `unsupported config version ${typeof v === 'string' ? `"${v}"` : String(v)} (supported: 0, 1)`);
  }

  const requireKey = (key: string): boolean => {
    if (key in root && root[key] !== null) return true;
    ctx.error([], `missing required key "${key}" at top level`);
    return false;
  };
  const suite = requireKey('suite') ? ctx.string(root.suite, ['suite'], { nonEmpty: true }) : undefined;
  const model = requireKey('model') ? ctx.string(root.model, ['model']) : undefined;
  const { settings, seed } = parseSettings(ctx, root.settings);
  const thresholds = parseThresholds(ctx, root.thresholds);
  const otel = parseOtel(ctx, root.otel);

  const tests: EvalTest[] = [];
  const policyFiles: Array<{ display: string; abs: string }> = [];
  const ineffective: Ineffective[] = [];
  if (requireKey('tests')) {
    if (!Array.isArray(root.tests)) ctx.error(['tests'], 'tests: expected a list of tests');
    else if (root.tests.length === 0) ctx.error(['tests'], 'config has no tests');
    else {
      const seen = new Map<string, Position>();
      root.tests.forEach((t, i) => {
        const test = parseTest(ctx, t, i, {
          seen,
          onError: settings.on_error,
          defaultMinScore: thresholds.min_score ?? DEFAULT_MIN_SCORE,
          policyFiles,
          ineffective,
        });
        if (test) tests.push(test);
      });
    }
  }

  if (ineffective.length > 0 && !ctx.opts.allowIneffectiveAssertions) {
    const first = ineffective[0]!;
    ctx.error([], `${ineffective.length} assertion(s) cannot fail and were refused: ${ineffective.map((x) => x.text).join('; ')}`, {
      pos: first.pos,
    });
  }

  if (ctx.hasErrors() || suite === undefined || model === undefined) return undefined;
  const seen = new Set<string>();
  return {
    file: ctx.file,
    dir: ctx.baseDir,
    configVersion,
    suite,
    model,
    settings,
    thresholds,
    otel,
    tests,
    seed: seed ?? deriveSeed(bytes),
    seedDerived: seed === undefined,
    digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    policyFiles: policyFiles.filter((p) => (seen.has(p.display) ? false : (seen.add(p.display), true))),
  };
}

interface TestEnv {
  seen: Map<string, Position>;
  onError: OnError;
  defaultMinScore: number;
  policyFiles: Array<{ display: string; abs: string }>;
  ineffective: Ineffective[];
}

// Control characters (C0, DEL, C1) are not allowed in ids: they end up in reports and terminals.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function parseTest(ctx: LoadContext, value: unknown, i: number, env: TestEnv): EvalTest | undefined {
  const P: KeyPath = ['tests', i];
  const t = ctx.mapping(value, P);
  if (!t) return undefined;
  ctx.checkKeys(t, P, TEST_KEYS);
  const errorsBefore = ctx.diagnostics.filter((d) => d.severity === 'error').length;

  let id: string | undefined;
  if (!('id' in t) || t.id === null) ctx.error(P, `${pathText(P)}: missing required key "id"`);
  else {
    id = ctx.string(t.id, [...P, 'id'], { nonEmpty: true });
    if (id !== undefined && [...id].length > 256) {
      ctx.error([...P, 'id'], `${pathText([...P, 'id'])}: longer than 256 characters`);
      id = undefined;
    } else if (id !== undefined && CONTROL.test(id)) {
      ctx.error([...P, 'id'], `${pathText([...P, 'id'])}: must not contain control characters`);
      id = undefined;
    }
  }
  if (id !== undefined) {
    const first = env.seen.get(id);
    if (first) ctx.error([...P, 'id'], `duplicate test id "${id}" (first at line ${first.line})`);
    else env.seen.set(id, ctx.pos([...P, 'id']));
  }
  const label = id ?? pathText(P);

  const input = parseInput(ctx, t, P);

  const scope: TestScope = {
    id: label,
    prefix: `test '${label}': `,
    fileDigests: {},
    policyFiles: env.policyFiles,
    defaultMinScore: env.defaultMinScore,
  };
  const expected = 'expected' in t ? parseExpected(ctx, t.expected, [...P, 'expected'], scope) : undefined;
  const assertions = 'assertions' in t ? parseAssertions(ctx, t.assertions, [...P, 'assertions'], label, env.ineffective) : undefined;

  let onError = env.onError;
  if ('on_error' in t && t.on_error !== null) {
    const v = ctx.oneOf(t.on_error, [...P, 'on_error'], ['block', 'allow'] as const);
    if (v) onError = v;
  }
  let tags: string[] = [];
  if ('tags' in t && t.tags !== null) tags = ctx.stringList(t.tags, [...P, 'tags']) ?? [];

  const hasChecks = expected !== undefined || (assertions !== undefined && assertions.specs.length + (assertions.ok ? 0 : 1) > 0);
  if (!hasChecks) {
    ctx.warn('W_CFG_VACUOUS_EXPECTED', P, `test '${label}' checks nothing (no expected block and no assertions); it will be reported skipped`);
  }

  const errorsAfter = ctx.diagnostics.filter((d) => d.severity === 'error').length;
  if (errorsAfter > errorsBefore || id === undefined || !input) return undefined;
  return {
    id,
    index: i,
    prompt: input.prompt,
    ...(input.context !== undefined ? { context: input.context } : {}),
    ...(expected?.spec ? { expected: expected.spec } : {}),
    assertions: assertions?.specs ?? [],
    onError,
    tags,
    ...('metadata' in t ? { metadata: t.metadata } : {}),
    pos: {
      test: ctx.pos(P),
      input: ctx.pos([...P, 'input']),
      ...(expected ? { expected: expected.pos } : {}),
      assertions: assertions?.positions ?? [],
    },
    raw: { input: t.input, expected: expected ? expected.raw : null, assertions: t.assertions ?? null },
    fileDigests: scope.fileDigests,
  };
}

function parseInput(ctx: LoadContext, t: Obj, P: KeyPath): { prompt: string; context?: string[] } | undefined {
  const at = [...P, 'input'];
  if (!('input' in t) || t.input === null) {
    ctx.error(P, `${pathText(P)}: missing required key "input"`);
    return undefined;
  }
  if (typeof t.input === 'string') return { prompt: t.input };
  const m = ctx.mapping(t.input, at);
  if (!m) return undefined;
  ctx.checkKeys(m, at, ['prompt', 'context']);
  if (!('prompt' in m) || m.prompt === null) {
    ctx.error(at, `${pathText([...at, 'prompt'])}: expected a string`);
    return undefined;
  }
  const prompt = ctx.string(m.prompt, [...at, 'prompt']);
  let context: string[] | undefined;
  if ('context' in m && m.context !== null) {
    context = typeof m.context === 'string' ? [m.context] : ctx.stringList(m.context, [...at, 'context']);
    if (context === undefined) return undefined;
  }
  if (prompt === undefined) return undefined;
  return { prompt, ...(context !== undefined ? { context } : {}) };
}
