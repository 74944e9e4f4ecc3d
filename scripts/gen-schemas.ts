// Writes schemas/policy.schema.json and schemas/eval.schema.json from src/core/schemas (npm run schemas).
// With --check, writes nothing and exits 1 when a committed file is stale.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SCHEMA_KINDS, schemaFileName, schemaText } from '../src/core/schemas/index.js';

const dir = resolve(import.meta.dirname, '..', 'schemas');
const check = process.argv.includes('--check');
let stale = 0;
mkdirSync(dir, { recursive: true });
for (const kind of SCHEMA_KINDS) {
  const file = join(dir, schemaFileName(kind));
  const text = schemaText(kind);
  let current: string | undefined;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  if (check) {
    console.error(`schemas/${schemaFileName(kind)} is stale: run npm run schemas`);
    stale++;
  } else {
    writeFileSync(file, text);
    console.log(`wrote schemas/${schemaFileName(kind)}`);
  }
}
if (stale) process.exit(1);
