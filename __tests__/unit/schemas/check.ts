// Runs one document through the JSON Schema (ajv, draft 2020-12, strict) and through the real loader.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { AssayError } from '../../../src/core/errors.js';
import { parseEvalConfig } from '../../../src/core/eval/load.js';
import { parsePolicy } from '../../../src/core/policy/load.js';
import { EVAL_SCHEMA, POLICY_SCHEMA } from '../../../src/core/schemas/index.js';
import { parseYamlSource } from '../../../src/core/util/yaml-source.js';
import type { DocKind } from './corpus.js';

/** Strict mode as a linter would run it; union types (`[string, null]`) are how YAML `key:` is allowed. */
export function makeAjv(): Ajv2020 {
  return new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
}

const ajv = makeAjv();
const validators: Record<DocKind, ValidateFunction> = { policy: ajv.compile(POLICY_SCHEMA), eval: ajv.compile(EVAL_SCHEMA) };
const emptyDir = mkdtempSync(join(tmpdir(), 'assay-'));

export interface Verdict {
  schemaOk: boolean;
  schemaErrors: string[];
  loaderOk: boolean;
  loaderErrors: string[];
}

function errorText(e: ErrorObject): string {
  return `${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`;
}

export function schemaCheck(kind: DocKind, value: unknown): { ok: boolean; errors: string[] } {
  const v = validators[kind];
  const ok = v(value) === true;
  return { ok, errors: ok ? [] : (v.errors ?? []).map(errorText) };
}

export function loaderCheck(kind: DocKind, text: string, dir: string = emptyDir): { ok: boolean; errors: string[] } {
  try {
    if (kind === 'policy') parsePolicy(text, 'policy.yaml');
    else parseEvalConfig(text, join(dir, 'eval.yaml'), dir);
    return { ok: true, errors: [] };
  } catch (e) {
    if (!(e instanceof AssayError)) throw e;
    const errs = e.diagnostics.filter((d) => d.severity === 'error');
    return { ok: false, errors: (errs.length ? errs : [{ message: e.message }]).map((d) => d.message) };
  }
}

export function check(kind: DocKind, text: string, dir?: string): Verdict {
  const parsed = parseYamlSource(text, 'x.yaml', 'E_CFG_PARSE');
  const s = schemaCheck(kind, parsed.source?.value);
  const l = loaderCheck(kind, text, dir);
  return { schemaOk: s.ok, schemaErrors: s.errors, loaderOk: l.ok, loaderErrors: l.errors };
}
