import { describe, expect, it } from 'vitest';
import { groupedFindingLines } from '../../../cli/render/findings-text.js';
import { paint } from '../../../cli/render/color.js';
import { FindingsSink } from '../../../src/core/report/findings-sink.js';

describe('console findings grouped by rule', () => {
  it('shows the exact count, the first N locations and "… and N more"', () => {
    const sink = new FindingsSink({ consolePerGroup: 5 });
    for (let i = 0; i < 1000; i++) {
      sink.add({
        rule_id: 'policy/E_TOOL_DENIED',
        level: 'error',
        source: 'policy',
        message: `denied ${i}`,
        location: { uri: 't.jsonl', line: i + 1, col: 1 },
        subject: `e${i}`,
        detail: 'x|y',
      });
    }
    const lines = groupedFindingLines(sink.groups(), paint(false), 3);
    expect(lines[0]).toBe('error E_TOOL_DENIED: 1,000 findings');
    expect(lines.filter((l) => /^t\.jsonl:\d+:1: error E_TOOL_DENIED: denied \d+$/.test(l))).toHaveLength(3);
    expect(lines.at(-1)).toBe('  … and 997 more (see run.json or --format json)');
  });
});
