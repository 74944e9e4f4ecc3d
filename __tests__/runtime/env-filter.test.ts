// The runtime env filter: first match wins per variable, names only in the result lists.
import { describe, expect, it } from 'vitest';
import { envBanner, filterEnv } from '../../src/runtime/env-filter.js';

const ENV = { PATH: '/usr/bin:bin:/bin', HOME: '/h', SHELL: '/bin/sh', AWS_SECRET_ACCESS_KEY: 's', GITHUB_TOKEN: 't', MY_PAT: 'p', NODE_OPTIONS: '-r x', LD_PRELOAD: 'l', APP_MODE: 'm', LC_ALL: 'C' };

describe('filterEnv', () => {
  it('scrub: secrets dropped, exec-influence kept unless stripped, unknown kept', () => {
    const r = filterEnv(ENV, { mode: 'scrub', stripExec: false, allow: [] });
    expect(Object.keys(r.env)).toEqual(['APP_MODE', 'HOME', 'LC_ALL', 'LD_PRELOAD', 'NODE_OPTIONS', 'PATH', 'SHELL']);
    expect(r.dropped).toEqual(['AWS_SECRET_ACCESS_KEY', 'GITHUB_TOKEN', 'MY_PAT']);
    expect(r.execAllowed).toEqual(['LD_PRELOAD', 'NODE_OPTIONS', 'SHELL']);
    const s = filterEnv(ENV, { mode: 'scrub', stripExec: true, allow: ['GITHUB_*'] });
    expect(Object.keys(s.env)).toEqual(['APP_MODE', 'GITHUB_TOKEN', 'HOME', 'LC_ALL', 'PATH']);
    expect(s.execStripped).toEqual(['LD_PRELOAD', 'NODE_OPTIONS', 'SHELL']);
    expect(envBanner('scrub', s)).toBe('Env: scrubbed (5 passed, 5 removed), exec-influence stripped: 3');
  });

  it('strict: allow list and safe base only, SHELL dropped, PATH reduced to absolute entries', () => {
    const r = filterEnv(ENV, { mode: 'strict', stripExec: false, allow: ['APP_*', 'NODE_OPTIONS'] });
    expect(r.env).toEqual({ APP_MODE: 'm', HOME: '/h', LC_ALL: 'C', NODE_OPTIONS: '-r x', PATH: '/usr/bin:/bin' });
    expect(r.execAllowed).toEqual(['NODE_OPTIONS']);
  });

  it('passthrough: everything, minus exec-influence with stripExec', () => {
    expect(Object.keys(filterEnv(ENV, { mode: 'passthrough', stripExec: false, allow: [] }).env)).toHaveLength(10);
    const r = filterEnv(ENV, { mode: 'passthrough', stripExec: true, allow: [] });
    expect(r.dropped).toEqual(['LD_PRELOAD', 'NODE_OPTIONS', 'SHELL']);
    expect(envBanner('passthrough', r)).toBe('Env: ⚠ passthrough (7 passed, 3 removed), DANGER, exec-influence stripped: 3');
  });
});
