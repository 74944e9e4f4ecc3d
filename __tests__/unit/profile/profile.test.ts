// Profiles: init, idempotent merge per run id, scope lock, caps, show, and the
// issue's check through `generate --profile`.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generatePolicy, parseRuntimeEvents, ToolStatsBuilder } from '../../../src/core/generate/index.js';
import {
  emptyProfile,
  MAX_RUN_ID_DIGESTS,
  MAX_RUN_IDS,
  mergeRun,
  parseProfile,
  runIdDigest,
  serializeProfile,
  summarizeProfile,
  profileSummaryText,
  type Profile,
} from '../../../src/core/profile/index.js';

const NOW = { nowSeconds: 1_700_000_000, nowIso: '2023-11-14T22:13:20Z' };

function toolRun(calls: Array<[string, Record<string, unknown>]>): ToolStatsBuilder {
  const b = new ToolStatsBuilder();
  b.addEntry(calls.map(([tool_name, args]) => ({ tool_name, args })));
  return b;
}

function merge(p: Profile, b: ToolStatsBuilder, runId: string, extra: { scope?: string; force?: boolean } = {}): Profile {
  const r = mergeRun(p, { kind: 'tool', tools: b.tools }, { runId, ...NOW, ...extra });
  return r.profile;
}

describe('profile file', () => {
  it('an empty profile has the documented shape and round-trips', () => {
    const p = emptyProfile('my-app', NOW.nowIso, 'ci');
    const text = serializeProfile(p);
    expect(parse(text)).toEqual({
      version: '1.0',
      name: 'my-app',
      created_at: NOW.nowIso,
      updated_at: NOW.nowIso,
      scope: 'ci',
      total_runs: 0,
      run_ids: [],
      run_id_digests: [],
      entries: { files: {}, network: {}, processes: {} },
    });
    expect(parseProfile(text, 'p.yaml')).toEqual(p);
    expect(JSON.parse(serializeProfile(p, 'json'))).toEqual(parse(text));
  });

  it('invalid content → E_CFG_PARSE with the position', () => {
    try {
      parseProfile('version: "1.0"\nname: x\ntotal_runs: -1\n', 'p.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ reasonCode: 'E_CFG_PARSE' });
      expect((e as { diagnostics: Array<{ line: number; message: string }> }).diagnostics[0]).toMatchObject({ line: 3, message: 'total_runs must be a non-negative integer' });
    }
    expect(() => parseProfile('name: x\n', 'p.yaml')).toThrow(/missing required key "version"/);
    expect(() => parseProfile('version: "1.0"\nname: x\ntotal_runs: 1\nrun_id_digests: ["zz"]\n', 'p.yaml')).toThrow(/64 lowercase hex/);
  });
});

describe('profile update', () => {
  it('merges runs_seen, hits_total, first/last seen; total_runs += 1; idempotent per run id', () => {
    let p = emptyProfile('x', 'T0');
    const ev = parseRuntimeEvents('{"type":"file_open","path":"/a"}\n{"type":"file_open","path":"/a"}\n{"type":"net_connect","dest":"h:443"}\n', 'e');
    const r1 = mergeRun(p, { kind: 'runtime', events: ev }, { runId: 'ci-1', nowSeconds: 100, nowIso: 'T1' });
    expect(r1.status).toBe('merged');
    expect(r1.added).toEqual(['files:/a', 'network:h:443']);
    p = r1.profile;
    const r2 = mergeRun(p, { kind: 'runtime', events: ev }, { runId: 'ci-2', nowSeconds: 200, nowIso: 'T2' });
    expect(r2.profile.entries.files['/a']).toEqual({ first_seen: 100, last_seen: 200, runs_seen: 2, hits_total: 4 });
    expect(r2.profile.total_runs).toBe(2);
    expect(r2.profile.run_ids).toEqual(['ci-1', 'ci-2']);
    expect(r2.profile.run_id_digests).toEqual([runIdDigest('ci-1'), runIdDigest('ci-2')]);
    expect(r2.profile.updated_at).toBe('T2');
    const again = mergeRun(r2.profile, { kind: 'runtime', events: ev }, { runId: 'ci-1', nowSeconds: 300, nowIso: 'T3' });
    expect(again.status).toBe('already_merged');
    expect(again.profile).toBe(r2.profile);
    // The input profile is never mutated.
    expect(p.total_runs).toBe(1);
  });

  it('the first scope seen is locked; another needs --force', () => {
    const p = merge(emptyProfile('x', 'T'), toolRun([['a', {}]]), 'r1', { scope: 'main' });
    expect(p.scope).toBe('main');
    expect(() => merge(p, toolRun([['a', {}]]), 'r2', { scope: 'dev' })).toThrow(/locked to "main"/);
    const r = mergeRun(p, { kind: 'tool', tools: toolRun([['a', {}]]).tools }, { runId: 'r2', scope: 'dev', force: true, ...NOW });
    expect(r.profile.scope).toBe('main');
    expect(r.notes[0]).toContain('--force');
  });

  it('keeps at most 200 run ids and 5000 digests (the oldest go), and still recognises a digest-only run id', () => {
    const p = emptyProfile('x', 'T');
    p.run_ids = Array.from({ length: MAX_RUN_IDS }, (_, i) => `r${i + 4800}`);
    p.run_id_digests = Array.from({ length: MAX_RUN_ID_DIGESTS }, (_, i) => runIdDigest(`r${i}`));
    p.total_runs = MAX_RUN_ID_DIGESTS;
    const r = mergeRun(p, { kind: 'tool', tools: toolRun([['a', {}]]).tools }, { runId: 'new', ...NOW });
    expect(r.profile.run_ids.length).toBe(MAX_RUN_IDS);
    expect(r.profile.run_ids.at(-1)).toBe('new');
    expect(r.profile.run_ids[0]).toBe('r4801');
    expect(r.profile.run_id_digests.length).toBe(MAX_RUN_ID_DIGESTS);
    expect(r.profile.run_id_digests[0]).toBe(runIdDigest('r1'));
    // r5 is no longer in run_ids but its digest is kept: still idempotent.
    expect(mergeRun(r.profile, { kind: 'tool', tools: toolRun([['a', {}]]).tools }, { runId: 'r5', ...NOW }).status).toBe('already_merged');
  });

  it('tool entries keep a mergeable argument summary', () => {
    let p = emptyProfile('x', 'T');
    p = merge(p, toolRun([['read_file', { path: '/data/a/1.json' }]]), 'r1');
    p = merge(p, toolRun([['read_file', { path: '/data/b/2.json', mode: 'r' }]]), 'r2');
    const t = p.entries.tools!['read_file']!;
    expect(t).toMatchObject({ runs_seen: 2, hits_total: 2, entries: 2 });
    expect(t.args['path']).toEqual({ calls: 2, types: ['string'], string: { kind: 'path', prefix: '/data/' } });
    expect(t.args['mode']).toEqual({ calls: 1, types: ['string'], string: { kind: 'text' } });
    // Written and read back unchanged.
    expect(parseProfile(serializeProfile(p), 'p.yaml')).toEqual(p);
  });
});

describe('generate --profile', () => {
  function tenRuns(): Profile {
    let p = emptyProfile('my-app', 'T');
    for (let i = 1; i <= 10; i++) {
      const calls: Array<[string, Record<string, unknown>]> = [['read_file', { path: `/data/r${i}.txt` }]];
      if (i <= 9) calls.push(['search', { q: `q${i}` }]);
      if (i <= 3) calls.push(['send_email', { to: 'a@example.com' }]);
      p = merge(p, toolRun(calls), `ci-${i}`);
    }
    return p;
  }

  it('over 10 runs, --min-stability 0.8 keeps the tool seen in 9 and drops the one seen in 3', async () => {
    const r = await generatePolicy({ profile: { profile: tenRuns(), display: 'profile.yaml' }, stability: { minStability: 0.8 }, generatedAt: 'T' });
    expect(r.kind).toBe('tool');
    const doc = parse(r.text) as Record<string, any>;
    expect(doc.tools.allow).toEqual(['read_file', 'search']);
    expect(Object.keys(doc.schemas)).toEqual(['read_file', 'search']);
    expect(doc.metadata.review).toEqual(['send_email: dropped, below the stability threshold (wilson_lb 0.11 (z=1.96); laplace 0.33 (α=1.0, 3/10))']);
    expect(r.text).toContain('# search: 9 calls, seen in 9 of 10 runs (stability 0.83)');
  });

  it('the same holds for a runtime profile; --stability-method wilson gives the spec example', async () => {
    let p = emptyProfile('x', 'T');
    for (let i = 1; i <= 10; i++) {
      const lines = ['{"type":"file_open","path":"/srv/app/settings.json"}'];
      if (i <= 9) lines.push('{"type":"net_connect","dest":"api.example.com:443"}');
      if (i <= 3) lines.push('{"type":"proc_exec","path":"/usr/bin/git"}');
      p = mergeRun(p, { kind: 'runtime', events: parseRuntimeEvents(lines.join('\n'), 'e') }, { runId: `r${i}`, ...NOW }).profile;
    }
    const lap = parse((await generatePolicy({ profile: { profile: p, display: 'p' }, stability: { minStability: 0.8 }, generatedAt: 'T' })).text) as Record<string, any>;
    expect(lap._meta).toEqual({ name: 'Generated Policy', generated_at: 'T', profile_runs: 10, min_stability: 0.8, min_runs: 1 });
    expect(lap.network.allow_destinations.map((e: { pattern: string }) => e.pattern)).toEqual(['api.example.com:443']);
    expect(lap.processes).toEqual({});
    expect(lap.files.allow[0]).toEqual({ pattern: '/srv/app/settings.json', count: 10, stability: 0.92, runs_seen: 10, reasons: ['wilson_lb 0.72 (z=1.96)', 'laplace 0.92 (α=1.0, 10/10)'] });
    const wil = parse((await generatePolicy({ profile: { profile: p, display: 'p' }, stability: { minStability: 0.8, method: 'wilson' }, generatedAt: 'T' })).text) as Record<string, any>;
    expect(wil.files.needs_review.map((e: { pattern: string }) => e.pattern)).toEqual(['/srv/app/settings.json']);
  });

  it('a profile with both kinds needs --kind', async () => {
    let p = merge(emptyProfile('x', 'T'), toolRun([['a', {}]]), 'r1');
    p = mergeRun(p, { kind: 'runtime', events: parseRuntimeEvents('{"type":"proc_exec","path":"/bin/x"}', 'e') }, { runId: 'r2', ...NOW }).profile;
    await expect(generatePolicy({ profile: { profile: p, display: 'p' }, generatedAt: 'T' })).rejects.toMatchObject({ reasonCode: 'E_INVALID_ARGS' });
    const r = await generatePolicy({ profile: { profile: p, display: 'p' }, kind: 'runtime', generatedAt: 'T' });
    expect(r.kind).toBe('runtime');
  });
});

describe('profile show', () => {
  it('totals and the top entries by runs seen', () => {
    let p = emptyProfile('app', 'T');
    p = merge(p, toolRun([['a', {}], ['b', {}]]), 'r1');
    p = merge(p, toolRun([['a', {}]]), 'r2');
    const s = summarizeProfile(p, 1);
    expect(s).toMatchObject({ total_runs: 2, last_run_id: 'r2', counts: { tools: 2, files: 0 }, top: [{ section: 'tools', key: 'a', runs_seen: 2 }] });
    expect(profileSummaryText(s)).toContain('Top 1 by runs seen:');
  });
});
