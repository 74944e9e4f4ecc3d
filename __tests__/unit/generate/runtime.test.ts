// `assay generate` on runtime events (→): single run, heuristics, input sniffing.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { generatePolicy, parseRuntimeEvents, sniffFile, sniffText } from '../../../src/core/generate/index.js';

const EVENTS = [
  '# recorded by assay record',
  '{"type":"file_open","path":"/srv/app/settings.json","pid":7,"timestamp":1}',
  '{"type":"file_open","path":"/srv/app/settings.json"}',
  '{"type":"file_open","path":"/tmp/aB3xZ9qW7mK2pL5nR8tY4vU6"}',
  '{"type":"net_connect","dest":"api.example.com:443"}',
  '{"type":"net_connect","dest":"db.internal:5432"}',
  '{"type":"proc_exec","path":"/opt/toolchain/bin/git"}',
].join('\n');

function file(text: string): { path: string; display: string } {
  const d = mkdtempSync(join(tmpdir(), 'assay-'));
  const p = join(d, 'events.jsonl');
  writeFileSync(p, text);
  return { path: p, display: 'events.jsonl' };
}

describe('input kind', () => {
  it('runtime events are told from tool-call traces by content', () => {
    expect(sniffText(EVENTS)).toBe('runtime');
    expect(sniffText('{"tool":"read_file","args":{}}\n')).toBe('tool');
    expect(sniffText('{"type":"episode_start","episode_id":"e","timestamp":1}\n{"type":"file_open","path":"/x"}\n')).toBe('runtime');
    expect(sniffText('not json\n')).toBe('tool');
    expect(sniffFile(file(EVENTS).path)).toBe('runtime');
  });
});

describe('single run', () => {
  it('entries de-duplicated and sorted; once → string, more → {pattern, count}; generated_at from the clock', async () => {
    const r = await generatePolicy({ input: file(EVENTS), generatedAt: '2024-01-02T03:04:05Z' });
    expect(r.kind).toBe('runtime');
    expect(parse(r.text)).toEqual({
      _meta: { name: 'Generated Policy', generated_at: '2024-01-02T03:04:05Z' },
      files: { allow: [{ pattern: '/srv/app/settings.json', count: 2 }, '/tmp/aB3xZ9qW7mK2pL5nR8tY4vU6'] },
      network: { allow_destinations: ['api.example.com:443', 'db.internal:5432'] },
      processes: { allow: ['/opt/toolchain/bin/git'] },
    });
    expect([r.unique, r.events, r.allow, r.needs_review, r.deny]).toEqual([5, 6, 5, 0, 0]);
  });

  it('--heuristics: entropy > 4.5 → deny, sensitive port → needs_review; --entropy-threshold moves the review line', async () => {
    const r = await generatePolicy({ input: file(EVENTS), heuristics: true, generatedAt: 'T' });
    const doc = parse(r.text) as Record<string, Record<string, unknown>>;
    expect(doc.files!.deny).toEqual([{ pattern: '/tmp/aB3xZ9qW7mK2pL5nR8tY4vU6', risk: 'deny_recommended', reasons: ['high entropy path segment (4.58 bits)'] }]);
    expect(doc.network!.needs_review).toEqual([{ pattern: 'db.internal:5432', risk: 'needs_review', reasons: ['sensitive port 5432'] }]);
    const low = await generatePolicy({ input: file('{"type":"file_open","path":"/srv/app/settings.json"}'), heuristics: true, entropyThreshold: 2, generatedAt: 'T' });
    expect((parse(low.text) as Record<string, Record<string, unknown>>).files!.needs_review).toBeDefined();
  });

  it('an empty network section is {} and empty lists are omitted', async () => {
    const r = await generatePolicy({ input: file('{"type":"proc_exec","path":"/bin/true"}'), generatedAt: 'T' });
    expect(r.text).toContain('network: {}');
    expect(parse(r.text)).toMatchObject({ files: {}, network: {}, processes: { allow: ['/bin/true'] } });
  });

  it('bad lines are skipped with a warning; --strict makes the first fatal; no event → E_TRACE_INVALID', async () => {
    const ev = parseRuntimeEvents('{"type":"file_open","path":"/a"}\nnot json\n{"type":"other"}\n', 'e.jsonl');
    expect(ev.warnings.map((w) => [w.code, w.line])).toEqual([
      ['W_TRACE_SKIPPED_LINE', 2],
      ['W_TRACE_SKIPPED_LINE', 3],
    ]);
    expect(() => parseRuntimeEvents('{"type":"file_open","path":"/a"}\nnot json\n', 'e.jsonl', { strict: true })).toThrow(/invalid JSON/);
    expect(() => parseRuntimeEvents('{"type":"other"}\n', 'e.jsonl')).toThrow('no valid runtime event');
    await expect(generatePolicy({ input: file('{"type":"file_open","path":"/a"}\nbad\n'), kind: 'runtime', strict: true, generatedAt: 'T' })).rejects.toMatchObject({ reasonCode: 'E_TRACE_INVALID' });
  });

  it('exactly one of input and profile', async () => {
    await expect(generatePolicy({ generatedAt: 'T' })).rejects.toMatchObject({ reasonCode: 'E_INVALID_ARGS' });
  });
});
