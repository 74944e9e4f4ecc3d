// loading (verify / --no-verify / --max-events), sanitizing, the listing, JSON, and the interactive view's
// key handling and frames (pure; the CLI only does raw-mode I/O).
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../src/core/evidence/writer.js';
import { decodeKeys, filterRows, initialTui, loadExplore, prettyEvent, sanitize, showJson, showText, tuiFrame, tuiReduce, type TuiKey, type TuiState } from '../../../src/core/evidence/explore.js';
import { BundleError } from '../../../src/core/evidence/verify-error.js';
import { bundleFrom, demoEvents, eventsText, manifestFor, manyEvents } from './helpers.js';
import { canonicalize } from '../../../src/core/jcs.js';

describe('explore model', () => {
  it('sanitizes controls, ESC sequences and bidi; cuts subjects at 200', async () => {
    expect(sanitize('a\u001b[31mred\u001b[0m\u0007b\u009b2Jc\u202ed\u0000e\u007f')).toBe('aredbcde');
    expect(sanitize('\u001b]0;title\u0007x')).toBe('x');
    const long = 'x'.repeat(500);
    const m = await loadExplore(buildBundle(demoEvents().map((e) => ({ ...e, subject: long }))).archive);
    expect([...m.rows[0]!.subject].length).toBe(201);
    expect(prettyEvent({ data: 'y'.repeat(10_000) }).length).toBeLessThan(4200);
  });

  it('--max-events loads the first N; --no-verify skips only hash checks', async () => {
    const m = await loadExplore(buildBundle(manyEvents(10)).archive, { maxEvents: 4 });
    expect(m.rows.map((r) => r.seq)).toEqual([0, 1, 2, 3]);
    expect(m.skipped).toBe(6);
    const ev = eventsText(demoEvents()).replace('"decision":"deny"', '"decision":"DENY"');
    const tampered = bundleFrom(ev, manifestFor(eventsText(demoEvents())));
    await expect(loadExplore(tampered)).rejects.toBeInstanceOf(BundleError);
    const unverified = await loadExplore(tampered, { verify: false });
    expect(unverified.verified).toBe(false);
    expect(showText(unverified, {})).toContain('UNVERIFIED');
    // Strict checks still apply without verification.
    const dup = ev.replace('{"assaycontenthash"', '{"type":"x","assaycontenthash"');
    await expect(loadExplore(bundleFrom(dup, manifestFor(dup)), { verify: false })).rejects.toMatchObject({ code: 'ContractInvalidJson' });
  });

  it('listing, filters, one event, JSON', async () => {
    const m = await loadExplore(buildBundle(demoEvents()).archive);
    const text = showText(m, {});
    expect(text.split('\n').slice(0, 5)).toEqual([
      'Bundle ID: sha256:dfc3a084d4cab016d3d748c8e12162908c314c1058d9441e3cd1f257588eabaf',
      'Producer:  assay 0.1.0',
      'Run ID:    run_demo_001',
      'Events:    2',
      'Run root:  dfc3a084d4cab016',
    ]);
    expect(text).toMatch(/^SEQ +TIME +TYPE +SUBJECT$/m);
    expect(filterRows(m.rows, { type: 'tool' }).map((r) => r.seq)).toEqual([1]);
    expect(filterRows(m.rows, { search: 'READ_FILE' }).map((r) => r.seq)).toEqual([1]);
    expect(showText(m, { seq: 1 })).toContain('"reason_code": "P_TOOL_DENIED"');
    expect(showText(m, { seq: 9 })).toContain('No event with seq 9.');
    const j = showJson(m, { type: 'profile' });
    expect(Object.keys(j)).toEqual(['manifest', 'events', 'verify_mode']);
    expect(j.verify_mode).toBe('enabled');
    expect(canonicalize((j.events as unknown[])[0])).toContain('"assayseq":0');
  });
});

describe('interactive view', () => {
  it('decodes keys, ignoring controls in input', () => {
    expect(decodeKeys('jk\u001b[A\u001b[B\u001b[5~\u001b[6~\u001b[H\u001b[F\u001b\r\u007f\u0003q')).toEqual([
      { char: 'j' },
      { char: 'k' },
      'up',
      'down',
      'pageup',
      'pagedown',
      'home',
      'end',
      'escape',
      'enter',
      'backspace',
      'ctrl-c',
      { char: 'q' },
    ]);
    expect(decodeKeys('\u001b[1;5Cx\u0001')).toEqual([{ char: 'x' }]);
  });

  it('moves, pages, searches, filters and quits', () => {
    let s: TuiState = initialTui();
    const press = (k: TuiKey, count = 50) => (s = tuiReduce(s, k, count, 10));
    press({ char: 'j' });
    press('down');
    expect(s.cursor).toBe(2);
    press('pagedown');
    expect(s.cursor).toBe(22);
    expect(s.top).toBe(13);
    press('end');
    expect(s.cursor).toBe(49);
    press('home');
    expect(s.cursor).toBe(0);
    press('up');
    expect(s.cursor).toBe(0);
    press({ char: '/' });
    for (const c of 'file') press({ char: c });
    expect(s.search).toBe('file');
    press({ char: 'q' }); // typed, not quit, while in input mode
    expect(s.quit).toBe(false);
    press('backspace');
    press('enter');
    expect([s.input, s.search]).toEqual(['none', 'file']);
    press({ char: 'f' });
    press({ char: 'x' });
    press('escape');
    expect([s.input, s.filter]).toEqual(['none', '']);
    for (let i = 0; i < 300; i++) press({ char: 'j' });
    press('escape');
    expect(s.search).toBe('');
    press({ char: 'q' });
    expect(s.quit).toBe(true);
    expect(tuiReduce(initialTui(), 'ctrl-c', 0, 10).quit).toBe(true);
  });

  it('input fields cap at 200 characters', () => {
    let s = tuiReduce(initialTui(), { char: '/' }, 1, 5);
    for (let i = 0; i < 300; i++) s = tuiReduce(s, { char: 'a' }, 1, 5);
    expect(s.search.length).toBe(200);
  });

  it('frames: header, marked cursor row, detail pane, status line; fixed size', async () => {
    const m = await loadExplore(buildBundle(manyEvents(30)).archive);
    let s = initialTui();
    s = tuiReduce(s, 'down', 30, 8);
    const frame = tuiFrame(m, s, 100, 30);
    expect(frame).toHaveLength(30);
    expect(frame.every((l) => [...l].length === 100)).toBe(true);
    expect(frame[0]).toMatch(/^Bundle ID: sha256:/);
    expect(frame.find((l) => l.startsWith('> '))).toMatch(/^> 1 +2026-01-15T09:30:01Z +assay\.fs\.access +\/srv\/app\/file-1\.json/);
    expect(frame.some((l) => l.includes('"assayseq": 1'))).toBe(true);
    expect(frame[29]).toMatch(/^2\/30 +j\/k move/);
  });
});
