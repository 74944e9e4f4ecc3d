import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { capMessage } from '../../../src/core/report/message-cap.js';
import { SortedSpool } from '../../../src/core/report/sorted-spool.js';
import { FindingsSink, RUN_JSON_SPOOL } from '../../../src/core/report/findings-sink.js';
import { finalizeFindings, type FindingDraft } from '../../../src/core/report/finding.js';
import { SyncWriter, writeDocWithStreamedArray, prettyAt } from '../../../src/core/report/json-stream.js';

function draft(i: number, level: 'error' | 'warning' = 'error'): FindingDraft {
  return {
    rule_id: i % 3 === 0 ? 'policy/E_TOOL_DENIED' : 'policy/E_ARG_SCHEMA',
    level,
    source: 'policy',
    message: `call ${i}`,
    entry_key: `e${i % 7}`,
    tool: `t${i % 5}`,
    location: { uri: 't.jsonl', line: 1000 - i, col: 1 },
    subject: `e${i % 7}`,
    detail: `t${i % 5}|rule`,
  };
}

describe('capMessage', () => {
  it('keeps short text and cuts long text to 4 KB with a marker', () => {
    expect(capMessage('abc')).toBe('abc');
    const long = 'é'.repeat(5000);
    const cut = capMessage(long);
    expect(Buffer.byteLength(cut, 'utf8')).toBeLessThanOrEqual(4096);
    expect(cut).toMatch(/…\[truncated \d+ bytes\]$/);
    const kept = cut.slice(0, cut.indexOf('…['));
    expect(Number(/truncated (\d+) bytes/.exec(cut)![1])).toBe(10000 - Buffer.byteLength(kept, 'utf8'));
  });
  it('never splits a surrogate pair', () => {
    const cut = capMessage('😀'.repeat(3000), 100);
    const kept = cut.slice(0, cut.indexOf('…['));
    expect(kept).toBe('😀'.repeat(kept.length / 2));
  });
});

describe('SortedSpool', () => {
  it('returns records in key order across spilled runs, equal keys in insertion order', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-'));
    const spool = new SortedSpool({ chunkChars: 50, dir });
    const keys = Array.from({ length: 200 }, (_, i) => `k${(i * 37) % 50}`);
    keys.forEach((k, i) => spool.add(k, `${k}:${i}`));
    expect(spool.spilledRuns).toBeGreaterThan(1);
    const out = [...spool.drain()];
    const expected = keys.map((k, i) => ({ k, t: `${k}:${i}` })).sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0)).map((x) => x.t);
    expect(out).toEqual(expected);
    spool.dispose();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('FindingsSink', () => {
  it('matches finalizeFindings: same fingerprints, run.json order, exact counts, bounded samples', () => {
    const drafts = Array.from({ length: 300 }, (_, i) => draft(i, i % 10 === 0 ? 'warning' : 'error'));
    const sink = new FindingsSink({ consolePerGroup: 3, topK: 10, spool: { ...RUN_JSON_SPOOL, chunkChars: 2000 } });
    for (const d of drafts) sink.add(d);
    const all = finalizeFindings(drafts);
    expect([...sink.spooled()]).toEqual(all.map((f) => prettyAt(f, 2)));
    expect(sink.total).toBe(300);
    expect(sink.counts).toEqual({ error: 270, warning: 30, note: 0 });
    expect(sink.top()).toHaveLength(10);
    for (const g of sink.groups()) expect(g.sample.length).toBeLessThanOrEqual(3);
    expect(sink.groups().reduce((a, g) => a + g.count, 0)).toBe(300);
    const fps = [...sink.uniqueFingerprints()].map((e) => e.fingerprint);
    expect(fps).toEqual([...new Set(all.map((f) => f.fingerprint))].sort());
    sink.dispose();
  });

  it('marks baseline state and counts new findings for --gate-new-only', () => {
    const drafts = [draft(1), draft(2), draft(3)];
    const known = finalizeFindings([drafts[0]!])[0]!.fingerprint;
    const sink = new FindingsSink({ baseline: [known] });
    for (const d of drafts) sink.add(d);
    expect(sink.countAtOrAbove('error', ['policy'], true)).toBe(2);
    expect(sink.countAtOrAbove('error', ['policy'], false)).toBe(3);
  });

  it('streams a document whose bytes equal one JSON.stringify', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-'));
    const file = path.join(dir, 'doc.json');
    const items = [{ a: 1, b: [1, 2] }, { c: 'x' }];
    const doc = { head: 1, findings: [] as unknown[], tail: { z: true } };
    const w = new SyncWriter(file);
    writeDocWithStreamedArray(w, doc, 'findings', items.map((x) => prettyAt(x, 2)));
    w.close();
    expect(fs.readFileSync(file, 'utf8')).toBe(JSON.stringify({ ...doc, findings: items }, null, 2) + '\n');
  });
});
