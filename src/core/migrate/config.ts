// `assay migrate` for eval configs: v0 → v1. `$ref` expected blocks are inlined,
// legacy `expected` keys rewritten to the tagged form, one-element `expected` lists unwrapped and
// `configVersion: 1` written. Policy paths are kept. The result must load, with the same tests and
// the same check per test, before anything is written.
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { ConfigError, InfraError, type Diagnostic } from '../errors.js';
import { collectEvalConfig } from '../eval/load.js';
import type { EvalConfig } from '../eval/types.js';
import { emitYaml } from '../generate/yaml-emit.js';
import { loadPolicyFile } from '../policy/index.js';
import { parseYamlSource } from '../util/yaml-source.js';
import type { Migration } from './policy.js';
import { readTextStrict } from '../util/read-text.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

const HEADER = ['Migrated to configVersion 1 by `assay migrate`; comments of the original were not carried over.'];

export interface ConfigMigrateOptions {
  /** Absolute directory of the config: `$ref` paths resolve against it. */
  baseDir: string;
  /** Fallback for `$ref` paths not found beside the config. */
  cwd?: string;
  /** Unknown keys are warnings instead of errors. */
  lenient?: boolean;
}

function loadError(display: string, diagnostics: Diagnostic[]): ConfigError {
  const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
  const where = first?.line !== undefined ? `${first.file ?? display}:${first.line}:${first.col ?? 1}` : (first?.file ?? display);
  return new ConfigError('E_CFG_PARSE', `${where}: ${first?.message ?? 'invalid config'}`, {
    source: 'config',
    context: { file: first?.file ?? display, line: first?.line, col: first?.col },
    nextStepValues: { 'config.yaml': display },
    diagnostics,
  });
}

class Rewriter {
  readonly constructs: string[] = [];
  constructor(
    private readonly display: string,
    private readonly o: ConfigMigrateOptions,
  ) {}

  private readRef(ref: string, where: string): unknown {
    const candidates = isAbsolute(ref) ? [ref] : [resolve(this.o.baseDir, ref), ...(this.o.cwd ? [resolve(this.o.cwd, ref)] : [])];
    const file = candidates.find((c) => existsSync(c));
    if (!file) throw loadError(this.display, [{ code: 'E_CFG_PARSE', severity: 'error', message: `${where}: $ref "${ref}" not found`, file: this.display, source: 'config' }]);
    const parsed = parseYamlSource(readTextStrict(file, ref, 'E_CFG_PARSE'), ref, 'E_CFG_PARSE');
    if (!parsed.source) throw loadError(this.display, parsed.errors);
    return parsed.source.value;
  }

  expected(v: unknown, where: string): unknown {
    if (Array.isArray(v)) {
      if (v.length !== 1) return v;
      this.constructs.push(`${where}: one-element list unwrapped`);
      return this.expected(v[0], where);
    }
    if (!isObj(v)) return v;
    if (!('type' in v)) {
      const keys = Object.keys(v);
      if (keys.length !== 1) return v;
      const k = keys[0]!;
      switch (k) {
        case '$ref': {
          if (typeof v.$ref !== 'string') return v;
          this.constructs.push(`${where}: $ref "${v.$ref}" inlined`);
          return this.expected(this.readRef(v.$ref, where), where);
        }
        case 'must_contain':
          this.constructs.push(`${where}: must_contain → type: must_contain`);
          return { type: 'must_contain', must_contain: v.must_contain };
        case 'sequence':
          this.constructs.push(`${where}: sequence → type: sequence_valid`);
          return { type: 'sequence_valid', sequence: v.sequence };
        case 'schema':
          this.constructs.push(`${where}: schema → type: args_valid`);
          return { type: 'args_valid', schema: v.schema };
        default:
          return v;
      }
    }
    if (v.type === '$ref' && typeof v.path === 'string' && Object.keys(v).length === 2) {
      this.constructs.push(`${where}: type: $ref "${v.path}" inlined`);
      return this.expected(this.readRef(v.path, where), where);
    }
    if (v.type === 'sequence' && Object.keys(v).every((k) => k === 'type' || k === 'sequence')) {
      this.constructs.push(`${where}: type: sequence → type: sequence_valid`);
      return { type: 'sequence_valid', sequence: v.sequence };
    }
    return v;
  }

  root(v: Obj): Obj {
    const out: Obj = {};
    const declared = 'configVersion' in v ? v.configVersion : v.version;
    if (declared !== 1) this.constructs.push(`configVersion ${declared === undefined ? '(absent, 0)' : JSON.stringify(declared)} → 1`);
    if ('version' in v && !('configVersion' in v)) this.constructs.push('version → configVersion');
    out.configVersion = 1;
    for (const [k, val] of Object.entries(v)) {
      if (k === 'configVersion' || (k === 'version' && !('configVersion' in v))) continue;
      if (k === 'tests' && Array.isArray(val)) {
        out.tests = val.map((t, i) => {
          if (!isObj(t) || !('expected' in t)) return t;
          const id = typeof t.id === 'string' ? t.id : `tests[${i}]`;
          return { ...t, expected: this.expected(t.expected, `test '${id}'`) };
        });
      } else out[k] = val;
    }
    return out;
  }
}

/** What must stay the same: test ids, their checks and their assertions. */
function shape(c: EvalConfig): string {
  return JSON.stringify(c.tests.map((t) => [t.id, t.prompt, t.expected?.kind ?? null, t.raw.assertions ?? null, t.onError]));
}

export function migrateConfigText(text: string, display: string, o: ConfigMigrateOptions): Migration {
  const before = collectEvalConfig(text, display, o.baseDir, { ...(o.cwd !== undefined ? { cwd: o.cwd } : {}), ...(o.lenient ? { lenient: true } : {}) });
  if (!before.config) throw loadError(display, before.diagnostics);
  const parsed = parseYamlSource(text, display, 'E_CFG_PARSE');
  const value = parsed.source?.value;
  if (!isObj(value)) throw loadError(display, parsed.errors);
  const rw = new Rewriter(display, o);
  const doc = rw.root(value);
  const notes: Diagnostic[] = [...before.diagnostics.filter((d) => d.severity !== 'error')];
  for (const p of before.config.policyFiles) {
    try {
      if (loadPolicyFile(p.abs, p.display, { lenient: o.lenient === true }).policy.spelling.legacy) {
        notes.push({ code: 'W_POLICY_LEGACY', severity: 'warning', message: `referenced policy is a legacy v1 policy; run "assay migrate --policy ${p.display}"`, file: p.display, source: 'policy' });
      }
    } catch {
      // A broken referenced policy already failed the load above.
    }
  }
  if (rw.constructs.length === 0) return { kind: 'config', display, changed: false, original: text, migrated: text, constructs: [], notes };
  const migrated = emitYaml(doc, { header: HEADER });
  const after = collectEvalConfig(migrated, display, o.baseDir, { ...(o.cwd !== undefined ? { cwd: o.cwd } : {}), ...(o.lenient ? { lenient: true } : {}) });
  if (!after.config) {
    throw new InfraError('E_INTERNAL', `${display}: the migrated config does not load: ${after.diagnostics[0]?.message ?? 'unknown error'}; nothing was written`, { source: 'config', context: { file: display } });
  }
  if (shape(before.config) !== shape(after.config)) {
    throw new InfraError('E_INTERNAL', `${display}: the migrated config would check differently; nothing was written`, { source: 'config', context: { file: display } });
  }
  return { kind: 'config', display, changed: true, original: text, migrated, constructs: rw.constructs, notes };
}
