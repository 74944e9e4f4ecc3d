// export (profile worked example, scrubbing, time and run-id rules) and diff. Decision-log
// export is the runtime's mapping; the CLI test covers it end to end.
import { describe, expect, it } from 'vitest';
import { profileToEvents, scrubKey, exportTraceparent } from '../../../src/core/evidence/export-profile.js';
import { buildBundle } from '../../../src/core/evidence/writer.js';
import { contentHash } from '../../../src/core/evidence/event.js';
import { categoryOf, diffBundles, diffSide, diffText, diffMarkdown, hasAdditions } from '../../../src/core/evidence/diff.js';
import { ConfigError, UsageError } from '../../../src/core/errors.js';
import { RUNNER_CONFIG_PATH } from './helpers.js';

const OPTS = { version: '0.1.0', git: 'unknown', file: 'profile.yaml' } as const;
const EXAMPLE = {
  name: 'demo-audit',
  version: '1.0',
  total_runs: 1,
  run_ids: ['run_demo_002'],
  entries: { files: { [RUNNER_CONFIG_PATH]: { hits_total: 3 } }, network: { '203.0.113.7:443': { hits_total: 1 } } },
};

describe('export --profile', () => {
  it('reproduces the worked example', () => {
    const evs = profileToEvents(EXAMPLE, { ...OPTS, detail: 'observed', time: '2026-01-15T09:30:00Z' });
    expect(evs.map((e) => contentHash(e))).toEqual([
      'sha256:c22f2f68437bea54c3ba5d0c4286d1ee4ae11ece7ecd286e2ba2c978bd42b183',
      'sha256:ee646af960b865bd46917edfaef9982486f8ee58a58a8d425be22821313307f6',
      'sha256:61f47138070b4e1255701ef5cf08b434036506979e99c6c4119f00719e965efc',
      'sha256:ee89af2ae929bc945efc1eeb2c2a2c33cc9f19be9dca972c79f9cba908050aeb',
    ]);
    expect(evs[1]!.subject).toBe(`~/**/${RUNNER_CONFIG_PATH.split('/').slice(-3).join('/')}`);
    expect(evs[0]!.traceparent).toBe('00-cf8999a1b8d813b28680f79c539e2114-1a9c4a1c36f29a10-01');
    expect(buildBundle(evs).bundle_id).toBe('sha256:84ef8defd4424b770b715c70e02d8af3d5fb0362667e12f64d5f16886d46eaa0');
    expect(evs.map((e) => e.type)).toEqual(['assay.profile.started', 'assay.fs.access', 'assay.net.connect', 'assay.profile.finished']);
    expect(evs[3]!.data).toEqual({ files_count: 1, network_count: 1, processes_count: 0, sandbox_degradation_count: 0, integrity_scope: null });
  });

  it('detail levels, degradations, UTF-8 key order', () => {
    const p = {
      ...EXAMPLE,
      scope: 'ci',
      entries: { files: { 'é.txt': { hits_total: 1, runs_seen: 1, first_seen: 1, last_seen: 2 }, 'z.txt': {}, 'Z.txt': {} }, processes: { '/bin/sh': {} } },
      sandbox_degradations: [{ reason_code: 'backend_unavailable', degradation_mode: 'audit_fallback', component: 'landlock' }],
    };
    const full = profileToEvents(p, { ...OPTS, detail: 'full', time: '2026-01-15T09:30:00Z' });
    expect(full.map((e) => [e.type, e.subject ?? null])).toEqual([
      ['assay.profile.started', 'urn:assay:phase:profile'],
      ['assay.sandbox.degraded', 'landlock'],
      ['assay.fs.access', 'Z.txt'],
      ['assay.fs.access', 'z.txt'],
      ['assay.fs.access', 'é.txt'],
      ['assay.process.exec', '/bin/sh'],
      ['assay.profile.finished', 'urn:assay:phase:profile'],
    ]);
    expect(full[4]!.data).toEqual({ file: 'é.txt', first_seen: 1, last_seen: 2, hits: 1, runs_seen: 1 });
    expect(full[6]!.data).toMatchObject({ files_count: 3, processes_count: 1, sandbox_degradation_count: 1, integrity_scope: 'ci' });
    const summary = profileToEvents(p, { ...OPTS, detail: 'summary', time: '2026-01-15T09:30:00Z' });
    expect(summary.map((e) => e.type)).toEqual(['assay.profile.started', 'assay.sandbox.degraded', 'assay.profile.finished']);
  });

  it('scrubbing', () => {
    expect(scrubKey('C:\\Users\\bob\\AppData\\x.json')).toBe('~/**/AppData/x.json');
    expect(scrubKey('/Users/alice/src/a')).toBe('~/**/src/a');
    expect(scrubKey('/home/u/f')).toBe('~/**/f');
    expect(scrubKey('/srv/app')).toBe('/srv/app');
    expect(scrubKey('curl -H Authorization: Bearer abc.def')).toBe('curl -H Authorization: Bearer ***');
    expect(scrubKey('https://x/?Token=abc&key=1')).toBe('https://x/?Token=***');
    expect(scrubKey('/home/u/run --password=hunter2')).toBe('~/**/run --password=***');
  });

  it('event time: --time › updated_at › created_at › SOURCE_DATE_EPOCH › error; run id rules', () => {
    const t = (p: object, extra: object = {}) => profileToEvents({ ...EXAMPLE, ...p }, { ...OPTS, detail: 'summary', ...extra })[0]!.time;
    expect(t({ updated_at: '2026-02-01T00:00:00+02:00', created_at: '2025-01-01T00:00:00Z' })).toBe('2026-01-31T22:00:00Z');
    expect(t({ created_at: '2025-01-01T00:00:00.5Z' })).toBe('2025-01-01T00:00:00.500Z');
    expect(t({ created_at: '2025-01-01T00:00:00Z' }, { time: '2027-01-01T00:00:00Z' })).toBe('2027-01-01T00:00:00Z');
    expect(t({}, { sourceDateEpoch: '86400' })).toBe('1970-01-02T00:00:00Z');
    expect(() => t({})).toThrow(UsageError);
    const run = (p: object, extra: object = {}) => profileToEvents({ ...EXAMPLE, ...p }, { ...OPTS, detail: 'summary', time: '2026-01-15T09:30:00Z', ...extra })[0]!.assayrunid;
    expect(run({ run_ids: [] })).toMatch(/^run_[0-9a-f]{16}$/);
    expect(run({}, { runId: 'mine' })).toBe('mine');
    expect(() => run({}, { runId: 'a:b' })).toThrow(UsageError);
    expect(() => profileToEvents({ name: 'x' }, { ...OPTS, detail: 'summary' })).toThrow(ConfigError);
    expect(exportTraceparent('r', 'r:0')).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });
});

describe('diff', () => {
  const bundle = (name: string, keys: { files?: string[]; network?: string[]; processes?: string[] }, time = '2026-01-15T09:30:00Z') => {
    const toMap = (l: string[] = []) => Object.fromEntries(l.map((k) => [k, { hits_total: 1 }]));
    return buildBundle(
      profileToEvents(
        { name, version: '1', total_runs: 1, entries: { files: toMap(keys.files), network: toMap(keys.network), processes: toMap(keys.processes) } },
        { ...OPTS, detail: 'full', time },
      ),
    ).archive;
  };

  it('categories by type', () => {
    expect(categoryOf('assay.net.connect')).toBe('network');
    expect(categoryOf('x.net')).toBe('network');
    expect(categoryOf('assay.fs.access')).toBe('filesystem');
    expect(categoryOf('assay.process.exec')).toBe('processes');
    expect(categoryOf('assay.network.x')).toBeUndefined();
    expect(categoryOf('assay.tool.decision')).toBeUndefined();
  });

  it('added/removed per category, sorted by UTF-8 bytes; JSON, text and markdown', async () => {
    const a = await diffSide(bundle('a', { files: ['/a', '/b'], network: ['h:1'] }));
    const b = await diffSide(bundle('b', { files: ['/b', '/é', '/Z', '/z'], network: ['h:1'], processes: ['/bin/sh'] }, '2026-01-15T09:31:00Z'));
    const r = diffBundles(a, b);
    expect(r.filesystem).toEqual({ added: ['/Z', '/z', '/é'], removed: ['/a'] });
    expect(r.network).toEqual({ added: [], removed: [] });
    expect(r.processes).toEqual({ added: ['/bin/sh'], removed: [] });
    expect(r.summary.event_count_delta).toBe(3);
    expect(r.baseline.time_range).toEqual(['2026-01-15T09:30:00Z', '2026-01-15T09:30:00Z']);
    expect(Object.keys(r)).toEqual(['comparison_scope', 'baseline', 'candidate', 'summary', 'network', 'filesystem', 'processes']);
    expect(hasAdditions(r)).toBe(true);
    const text = diffText(r, (s) => s);
    expect(text).toBe(
      [
        `Baseline:  ${a.run_id} (5 events)`,
        `Candidate: ${b.run_id} (8 events)`,
        'Event count delta: +3',
        'Comparison scope: retained verified events. Absence and completeness are not established.',
        'Filesystem:',
        '  + /Z',
        '  + /z',
        '  + /é',
        '  - /a',
        'Processes:',
        '  + /bin/sh',
        '',
      ].join('\n'),
    );
    expect(diffMarkdown(r, (s) => s)).toContain('| Filesystem | removed | /a |');
    const same = diffBundles(a, a);
    expect(diffText(same, (s) => s)).toContain('No differences found.');
    expect(hasAdditions(same)).toBe(false);
  });
});
