// A private temp directory per run (<$XDG_RUNTIME_DIR or /tmp>/assay-<uid>-<32 hex>, mode 0700): the
// child's only writable temp space, exported as TMPDIR/TMP/TEMP and removed at exit.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export function createScopedTmp(env: NodeJS.ProcessEnv = process.env): string {
  const runtime = env.XDG_RUNTIME_DIR;
  const base = runtime && path.isAbsolute(runtime) && fs.existsSync(runtime) ? runtime : '/tmp';
  const uid = typeof process.getuid === 'function' ? process.getuid() : 0;
  let lastErr: unknown;
  for (let i = 0; i < 16; i++) {
    const dir = path.join(base, `assay-${uid}-${randomBytes(16).toString('hex')}`);
    try {
      fs.mkdirSync(dir, { mode: 0o700 });
      return fs.realpathSync(dir);
    } catch (e) {
      lastErr = e;
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') break;
    }
  }
  throw lastErr instanceof Error ? lastErr : new Error('could not create the scoped tmp directory');
}

export function removeScopedTmp(dir: string): void {
  try {
    fs.rmSync(dir, { recursive: true, force: true });
  } catch {
    // best effort: a child may have left something unremovable; never fail the run for it
  }
}
