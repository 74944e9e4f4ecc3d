// Colour on stderr: --no-color beats FORCE_COLOR, FORCE_COLOR=0|false turns it off, NO_COLOR and TERM=dumb
// after that, then the TTY. Unit cases on useColor, and the CLI end to end.
import { describe, expect, it } from 'vitest';
import { useColor } from '../../cli/output.js';
import { runCli } from '../helpers/cli.js';

const SGR = /\u001b\[\d+m/;

describe('useColor', () => {
  it('decides in documented order', () => {
    expect(useColor(false, {}, true)).toBe(true);
    expect(useColor(false, {}, false)).toBe(false);
    expect(useColor(true, {}, true)).toBe(false);
    expect(useColor(true, { FORCE_COLOR: '1' }, true)).toBe(false); // the flag beats the environment
    expect(useColor(false, { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(useColor(false, { FORCE_COLOR: '' }, false)).toBe(true);
    expect(useColor(false, { FORCE_COLOR: '3', NO_COLOR: '1' }, false)).toBe(true);
    expect(useColor(false, { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(useColor(false, { FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(useColor(false, { FORCE_COLOR: 'FALSE' }, true)).toBe(false);
    expect(useColor(false, { NO_COLOR: '1' }, true)).toBe(false);
    expect(useColor(false, { NO_COLOR: '' }, true)).toBe(true);
    expect(useColor(false, { TERM: 'dumb' }, true)).toBe(false);
  });
});

describe('colour through the CLI', () => {
  const args = ['validate', '--config', 'examples/policy.yaml', '--trace-file', 'examples/traces/agent-run.jsonl'];
  const env = (e: Record<string, string | undefined>) => ({ NO_COLOR: undefined, ...e });

  it('FORCE_COLOR=1 colours, FORCE_COLOR=0/false and --no-color do not', () => {
    expect(runCli(args, { env: env({ FORCE_COLOR: '1' }) }).stderr).toMatch(SGR);
    expect(runCli(args, { env: env({ FORCE_COLOR: '0' }) }).stderr).not.toMatch(SGR);
    expect(runCli(args, { env: env({ FORCE_COLOR: 'false' }) }).stderr).not.toMatch(SGR);
    expect(runCli([...args, '--no-color'], { env: env({ FORCE_COLOR: '1' }) }).stderr).not.toMatch(SGR);
  });
});
