// Paths as users give them → what core reads (absolute) and what reports show (repo-relative POSIX).
import { resolve } from 'node:path';
import { displayPath } from '../src/core/util/paths.js';

export function checkoutRoot(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}

export interface CliFileRef {
  path: string;
  display: string;
}

export function fileRef(given: string): CliFileRef {
  return { path: resolve(process.cwd(), given), display: displayPath(given, checkoutRoot(), process.cwd()) };
}
