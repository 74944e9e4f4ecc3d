// What kind of project `assay init` is looking at: used for hints and to pick a CI provider when
// `--ci` is given without a value. Only looks at a few well-known names in the target directory.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface ProjectInfo {
  /** `node` (package.json), `python` (pyproject.toml, requirements.txt, setup.py). */
  languages: Array<'node' | 'python'>;
  /** CI systems already configured: `github` (.github/), `gitlab` (.gitlab-ci.yml). */
  ci: Array<'github' | 'gitlab'>;
  /** Existing `traces/*.jsonl` files, dir-relative POSIX paths, sorted. */
  traces: string[];
}

export function detectProject(dir: string): ProjectInfo {
  const has = (name: string): boolean => existsSync(join(dir, name));
  const languages: ProjectInfo['languages'] = [];
  if (has('package.json')) languages.push('node');
  if (has('pyproject.toml') || has('requirements.txt') || has('setup.py')) languages.push('python');
  const ci: ProjectInfo['ci'] = [];
  if (isDir(join(dir, '.github'))) ci.push('github');
  if (has('.gitlab-ci.yml')) ci.push('gitlab');
  let traces: string[] = [];
  const traceDir = join(dir, 'traces');
  if (isDir(traceDir)) {
    try {
      traces = readdirSync(traceDir)
        .filter((f) => f.endsWith('.jsonl'))
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .map((f) => `traces/${f}`);
    } catch {
      traces = [];
    }
  }
  return { languages, ci, traces };
}

/** The provider for a bare `--ci`: GitLab only when the project already uses it and not GitHub. */
export function defaultCiProvider(info: ProjectInfo): 'github' | 'gitlab' {
  return info.ci.includes('gitlab') && !info.ci.includes('github') ? 'gitlab' : 'github';
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
