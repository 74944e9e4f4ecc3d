// `assay schema policy|eval [--output FILE]` as a user runs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL_SCHEMA, POLICY_SCHEMA, schemaText } from '../../../src/core/schemas/index.js';
import { runCli, tempDir } from '../../helpers/cli.js';

describe('assay schema', () => {
  it('prints the policy schema on stdout', () => {
    const r = runCli(['schema', 'policy']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(POLICY_SCHEMA);
  });

  it('--output writes the eval schema to a file (folders created) and prints nothing', () => {
    const dir = tempDir();
    const out = join(dir, 'sub', 'eval.schema.json');
    const r = runCli(['schema', 'eval', '--output', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(schemaText('eval'));
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(EVAL_SCHEMA);
  });

  it('an unknown kind is a usage error (exit 2, E_INVALID_ARGS)', () => {
    const r = runCli(['schema', 'polcy']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('E_INVALID_ARGS');
    expect(r.stderr).toContain('unknown schema "polcy" (available: policy, eval)');
  });
});
