// The command as the kernel will run it: resolved on the filtered env's PATH, with its shebang
// interpreter (through `/usr/bin/env X`), so the plan can grant their install prefixes.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ResolvedCommand {
  /** Absolute path of the executable, or undefined when not found (exec will fail with 127). */
  executable?: string;
  /** Interpreter of a script, resolved. */
  interpreter?: string;
}

function isExec(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

export function whichOnPath(cmd: string, pathVar: string | undefined, cwd: string): string | undefined {
  if (cmd.includes('/')) {
    const p = path.resolve(cwd, cmd);
    return isExec(p) ? fs.realpathSync(p) : undefined;
  }
  for (const dir of (pathVar ?? '/usr/bin:/bin').split(':')) {
    if (!dir) continue;
    const p = path.resolve(cwd, dir, cmd);
    if (isExec(p)) return fs.realpathSync(p);
  }
  return undefined;
}

/** The first line of a script, when it starts with `#!`. */
function shebang(file: string): string[] | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(256);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    const head = buf.subarray(0, n).toString('latin1');
    if (!head.startsWith('#!')) return undefined;
    const line = head.slice(2).split('\n')[0] ?? '';
    return line.trim().split(/\s+/).filter(Boolean);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function resolveCommand(cmd: string, pathVar: string | undefined, cwd: string): ResolvedCommand {
  const executable = whichOnPath(cmd, pathVar, cwd);
  if (!executable) return {};
  const sb = shebang(executable);
  if (!sb || sb.length === 0) return { executable };
  let interp = sb[0]!;
  let resolved = isExec(interp) ? fs.realpathSync(interp) : undefined;
  if (path.basename(interp) === 'env') {
    const target = sb.slice(1).find((a) => !a.startsWith('-') && !a.includes('='));
    if (target) {
      interp = target;
      resolved = whichOnPath(target, pathVar, cwd);
    }
  }
  return { executable, ...(resolved ? { interpreter: resolved } : {}) };
}
