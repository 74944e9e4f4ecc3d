// Keeps the "decoded to U+FFFD" class out: a config-like file must be read with readTextStrict
// (src/core/util/read-text.ts), never with readFileSync(path, 'utf8'), which replaces invalid bytes
// silently. Files listed below read something that is not a config, for a stated reason.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '..', '..', '..');

const ALLOWED: Record<string, string> = {
  'src/runtime/mcp-server/worker.ts': 'package.json of an installed dependency',
  'src/action/context.ts': 'the GitHub event payload written by the runner',
  'src/core/init/detect.ts': 'project detection (package.json, lock files); nothing is enforced from it',
  'src/core/init/plan.ts': '.gitignore, only appended to',
  'src/core/eval/model-values.ts': 'eval cache entries, checked and re-recorded when invalid',
  'cli/discover.ts': 'tells a policy from a config; the file is then read strictly by its loader',
  'cli/commands/generate.ts': 'the previous output file, shown as a diff only',
  'src/core/report/report-set.ts': "an earlier run's summary.json in the reports folder (Assay's own output)",
  'src/runtime/runner-probe.ts': 'kernel files under /proc and /sys',
  // Pending: these read a trace / an event file lossily; their owners are to move them to the trace
  // reader (invalid UTF-8 = a bad line) or readTextStrict. Listed so the check guards everything else.
  'cli/commands/hook.ts': 'pending: hook input on stdin and a session trace',
  'cli/commands/record.ts': 'pending: the recorder events file',
};

const LOSSY = /\breadFile(?:Sync)?\([^;]*?['"]utf-?8['"]/;

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

describe('no lossy UTF-8 reads of input files', () => {
  it('every readFileSync(..., "utf8") in src/ and cli/ is on the allow-list', () => {
    const offenders: string[] = [];
    for (const root of ['src', 'cli']) {
      for (const f of tsFiles(path.join(REPO, root))) {
        const rel = path.relative(REPO, f).split(path.sep).join('/');
        if (rel in ALLOWED) continue;
        fs.readFileSync(f, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (LOSSY.test(line)) offenders.push(`${rel}:${i + 1}: ${line.trim()}`);
          });
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the pattern catches the forms it is meant to catch', () => {
    expect(LOSSY.test("text = readFileSync(path, 'utf8');")).toBe(true);
    expect(LOSSY.test('text = fs.readFileSync(p, "utf-8");')).toBe(true);
    expect(LOSSY.test('const b = readFileSync(p);')).toBe(false);
  });
});
