// The published JSON Schemas and the editor line that points at them (docs/editor-support.md).
import { posix } from 'node:path';
import { EVAL_SCHEMA } from './eval.js';
import { POLICY_SCHEMA } from './policy.js';

export { EVAL_SCHEMA } from './eval.js';
export { POLICY_SCHEMA } from './policy.js';
export { SCHEMA_IDS, DRAFT_2020_12, type JsonSchema } from './common.js';

export type SchemaKind = 'policy' | 'eval';

export const SCHEMA_KINDS: readonly SchemaKind[] = ['policy', 'eval'];

export function isSchemaKind(s: string): s is SchemaKind {
  return (SCHEMA_KINDS as readonly string[]).includes(s);
}

export function schemaOf(kind: SchemaKind): Record<string, unknown> {
  return kind === 'policy' ? POLICY_SCHEMA : EVAL_SCHEMA;
}

/** The schema as published: 2-space JSON, trailing newline (byte-identical to schemas/<kind>.schema.json). */
export function schemaText(kind: SchemaKind): string {
  return JSON.stringify(schemaOf(kind), null, 2) + '\n';
}

/** File name of a schema, as in the repository's schemas/ folder. */
export function schemaFileName(kind: SchemaKind): string {
  return `${kind}.schema.json`;
}

/**
 * Where `assay init` writes the schemas, relative to the project root: committed with the project, so
 * editors work offline and check against the version of Assay that wrote the files.
 */
export const PROJECT_SCHEMA_DIR = '.assay/schemas';

/** Project-relative POSIX path of a schema written by `init`. */
export function projectSchemaPath(kind: SchemaKind): string {
  return posix.join(PROJECT_SCHEMA_DIR, schemaFileName(kind));
}

/**
 * `# yaml-language-server: $schema=<ref>` for a file at `fromFile` (project-relative POSIX path), with
 * `<ref>` the project's copy of the schema relative to that file's folder (the language server resolves
 * a relative ref against the file).
 */
export function schemaModeline(kind: SchemaKind, fromFile: string): string {
  const fromDir = posix.dirname(posix.normalize(fromFile));
  let ref = posix.relative(fromDir === '.' ? '' : fromDir, projectSchemaPath(kind));
  if (!ref.startsWith('../')) ref = `./${ref}`;
  return `# yaml-language-server: $schema=${ref}`;
}

/** The schema files `init` writes beside the configs: project-relative path → content. */
export function projectSchemaFiles(): Array<{ path: string; content: string; kind: SchemaKind }> {
  return SCHEMA_KINDS.map((kind) => ({ path: projectSchemaPath(kind), content: schemaText(kind), kind }));
}
