// Runs the Python SDK's pytest suite (sdk/python/tests) from the sources, against this repository's CLI.
// Skipped, saying why, when python3 or pytest is missing, or when .ci/run already ran the suite in its
// virtual environment (ASSAY_SDK_PYTEST_DONE=1): npm test never depends on Python.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_ARGS, REPO } from '../helpers/cli.js';

const SDK = path.join(REPO, 'sdk', 'python');

function skipReason(): string | undefined {
  if (process.env.ASSAY_SDK_PYTEST_DONE === '1') return 'the pytest suite already ran in .ci/run (ASSAY_SDK_PYTEST_DONE=1)';
  const py = spawnSync('python3', ['-c', 'import sys, pytest; sys.exit(0 if sys.version_info >= (3, 9) else 1)'], { encoding: 'utf8' });
  if (py.error) return 'python3 is not installed';
  if (py.status !== 0) return 'python3 >= 3.9 with pytest is not available';
  return undefined;
}

const reason = skipReason();
const quote = (a: string): string => `'${a.replace(/'/g, `'\\''`)}'`;

describe('Python SDK', () => {
  it.skipIf(reason !== undefined)(`pytest suite passes${reason ? ` (skipped: ${reason})` : ''}`, () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ASSAY_CLI: [process.execPath, ...CLI_ARGS].map(quote).join(' '),
      ASSAY_SDK_REQUIRE_CLI: '1',
      PYTHONDONTWRITEBYTECODE: '1',
    };
    delete env.PYTEST_ADDOPTS;
    const r = spawnSync('python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'tests'], { cwd: SDK, env, encoding: 'utf8', maxBuffer: 1 << 26 });
    // pytest exit codes: 0 all passed, 1 some failed, 2 interrupted, 3 internal error, 4 usage, 5 no tests.
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/\d+ passed/);
  }, 600_000);
});
