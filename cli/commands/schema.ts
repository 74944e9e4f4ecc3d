// `assay schema policy|eval [--output FILE]`: print (or write) the JSON Schema editors and CI linters
// use to check Assay files (docs/editor-support.md).
import type { Command } from 'commander';
import { UsageError } from '../../src/core/errors.js';
import { SCHEMA_KINDS, isSchemaKind, schemaText } from '../../src/core/schemas/index.js';
import { emitArtefact, reportError } from '../output.js';

interface SchemaFlags {
  output?: string;
}

export function register(program: Command): void {
  program
    .command('schema')
    .description('Print the JSON Schema (draft 2020-12) of a policy or an eval config')
    .argument('<kind>', `which schema: ${SCHEMA_KINDS.join(' | ')}`)
    .option('-o, --output <file>', 'write the schema to this file instead of stdout')
    .action((kind: string, flags: SchemaFlags) => {
      process.exitCode = runSchema(kind, flags);
    });
}

export function runSchema(kind: string, flags: SchemaFlags): number {
  try {
    if (!isSchemaKind(kind)) {
      throw new UsageError('E_INVALID_ARGS', `unknown schema "${kind}" (available: ${SCHEMA_KINDS.join(', ')})`, { source: 'cli' });
    }
    emitArtefact(schemaText(kind), flags.output);
    return 0;
  } catch (e) {
    return reportError(e);
  }
}
