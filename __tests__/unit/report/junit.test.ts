import { describe, expect, it } from 'vitest';
import { finalizeFindings } from '../../../src/core/report/finding.js';
import { buildJunit, type JunitInput } from '../../../src/core/report/junit.js';
import { policyDraft, unstableDraft } from './_fixtures.js';

function specInput(): JunitInput {
  return {
    configSuites: [
      {
        name: 'travel-agent',
        rows: [
          { test_id: 'book_flight', status: 'pass', message: 'ok' },
          {
            test_id: 'no_shell',
            status: 'fail',
            message: 'failed: tool_blocklist',
            kind: 'tool_blocklist',
            details: ['Blocked tool called: shell.exec'],
          },
          { test_id: 'refund_answer', status: 'warn', message: 'unstable metric: faithfulness' },
        ],
      },
    ],
    policySuites: [
      {
        name: 'policy:traces/run.jsonl',
        cases: [
          { name: 'tools.deny', findings: finalizeFindings([policyDraft()]), exercised: true },
          { name: 'tools.allow', findings: [], exercised: true },
        ],
      },
    ],
  };
}

describe('buildJunit', () => {
  it('reproduces the example byte for byte', () => {
    expect(buildJunit(specInput())).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="assay" tests="5" failures="2" errors="0" skipped="0">',
        '  <testsuite name="travel-agent" tests="3" failures="1" errors="0" skipped="0">',
        '    <testcase classname="travel-agent" name="book_flight"></testcase>',
        '    <testcase classname="travel-agent" name="no_shell"><failure message="failed: tool_blocklist" type="tool_blocklist">Blocked tool called: shell.exec</failure></testcase>',
        '    <testcase classname="travel-agent" name="refund_answer"><system-out>WARNING: unstable metric: faithfulness</system-out></testcase>',
        '  </testsuite>',
        '  <testsuite name="policy:traces/run.jsonl" tests="2" failures="1" errors="0" skipped="0">',
        '    <testcase classname="policy" name="tools.deny"><failure message="1 finding(s); first: Tool &apos;shell.exec&apos; denied by tools.deny[0]=shell.* (call #1)">traces/run.jsonl:12: Tool &apos;shell.exec&apos; denied by tools.deny[0]=shell.* (call #1)</failure></testcase>',
        '    <testcase classname="policy" name="tools.allow"></testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('maps every row status', () => {
    const xml = buildJunit({
      configSuites: [
        {
          name: 's',
          rows: [
            { test_id: 'a', status: 'allowed_on_error', message: 'Allowed by error policy' },
            { test_id: 'b', status: 'skipped', message: 'skipped: test checks nothing' },
            { test_id: 'c', status: 'error', message: 'trace miss', run_error_kind: 'trace_miss' },
            { test_id: 'd', status: 'flaky', message: 'm1' },
            { test_id: 'e', status: 'unstable', message: 'm2' },
            { test_id: 'f', status: 'fail', message: 'failed: must_contain', kind: 'must_contain', details: ['missing substring: x', 'missing substring: y'] },
          ],
        },
      ],
      policySuites: [],
    });
    const lines = xml.split('\n');
    expect(lines[1]).toBe('<testsuites name="assay" tests="6" failures="1" errors="1" skipped="1">');
    expect(lines[2]).toBe('  <testsuite name="s" tests="6" failures="1" errors="1" skipped="1">');
    expect(lines.slice(3, 9)).toEqual([
      '    <testcase classname="s" name="a"></testcase>',
      '    <testcase classname="s" name="b"><skipped message="skipped: test checks nothing"/></testcase>',
      '    <testcase classname="s" name="c"><error message="trace miss" type="trace_miss"/></testcase>',
      '    <testcase classname="s" name="d"><system-out>FLAKY: m1</system-out></testcase>',
      '    <testcase classname="s" name="e"><system-out>UNSTABLE: m2</system-out></testcase>',
      '    <testcase classname="s" name="f"><failure message="failed: must_contain" type="must_contain">missing substring: x',
    ]);
    expect(lines[9]).toBe('missing substring: y</failure></testcase>');
  });

  it('maps policy cases: warnings to system-out, unexercised to skipped, long lists capped at 50', () => {
    const many = finalizeFindings(
      Array.from({ length: 53 }, (_, i) => policyDraft({ subject: `s${i}`, location: { uri: 't.jsonl', line: i + 1, col: 1 } })),
    );
    const xml = buildJunit({
      configSuites: [],
      policySuites: [
        {
          name: 'policy:t.jsonl',
          cases: [
            { name: 'tools.deny', findings: many, exercised: true },
            {
              name: 'enforcement.unconstrained_tools',
              findings: finalizeFindings([unstableDraft({ message: 'no schema for fs.read', location: { uri: 't.jsonl', line: 4, col: 1 } })]),
              exercised: true,
            },
            { name: 'seq-0', findings: [], exercised: false },
          ],
        },
      ],
    });
    expect(xml).toContain('<testsuite name="policy:t.jsonl" tests="3" failures="1" errors="0" skipped="1">');
    expect(xml).toContain('<failure message="53 finding(s); first: Tool &apos;shell.exec&apos; denied');
    expect(xml).toContain('t.jsonl:50: Tool');
    expect(xml).not.toContain('t.jsonl:51: Tool');
    expect(xml).toContain('\n…and 3 more</failure>');
    expect(xml).toContain(
      '<testcase classname="policy" name="enforcement.unconstrained_tools"><system-out>WARNING: 1 finding(s); first: no schema for fs.read\nt.jsonl:4: no schema for fs.read</system-out></testcase>',
    );
    expect(xml).toContain('<testcase classname="policy" name="seq-0"><skipped message="not exercised"/></testcase>');
  });

  it('escapes, sanitises and bounds untrusted text', () => {
    const xml = buildJunit({
      configSuites: [
        {
          name: 'a&b',
          rows: [
            {
              test_id: 't<1>',
              status: 'fail',
              message: `"quoted" <tag> & \x1b[31mred\x1b[0m \x01 api_key=abcd1234 ${'z'.repeat(300)}`,
              kind: 'must_contain',
              details: ['line with \x00 nul and ]]> end', 'mail x.y@example.com'],
            },
          ],
        },
      ],
      policySuites: [],
    });
    expect(xml).toContain('<testsuite name="a&amp;b"');
    expect(xml).toContain('name="t&lt;1&gt;"');
    expect(xml).toContain(
      'message="&quot;quoted&quot; &lt;tag&gt; &amp; \uFFFDred\uFFFD \uFFFD api_key=&lt;redacted:credential-assignment&gt; zzz',
    );
    expect(xml).toMatch(/z{10}\(truncated\)" type="must_contain">/);
    expect(xml).toContain('line with \uFFFD nul and ]]&gt; end\nmail &lt;redacted:email&gt;</failure>');
    // Nothing illegal in XML 1.0 survives.
    expect(/[\x00-\x08\x0b\x0c\x0e-\x1f\x1b]/.test(xml)).toBe(false);
  });

  it('adds time attributes only with timings', () => {
    const plain = buildJunit(specInput());
    expect(plain).not.toMatch(/\btime=|timestamp|hostname/);
    const input = specInput();
    input.timings = true;
    input.configSuites = [
      {
        name: 'travel-agent',
        rows: input.configSuites[0]!.rows.map((r, i) => ({ ...r, duration_ms: 1000 * i + 5 })),
      },
    ];
    const timed = buildJunit(input);
    expect(timed).toContain('<testsuites name="assay" tests="5" failures="2" errors="0" skipped="0" time="3.015">');
    expect(timed).toContain('<testsuite name="travel-agent" tests="3" failures="1" errors="0" skipped="0" time="3.015">');
    expect(timed).toContain('<testcase classname="travel-agent" name="no_shell" time="1.005">');
    expect(timed).toContain('<testcase classname="policy" name="tools.allow" time="0.000">');
  });

  it('is byte-stable and empty inputs give an empty root', () => {
    expect(buildJunit(specInput())).toBe(buildJunit(specInput()));
    expect(buildJunit({ configSuites: [], policySuites: [] })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="assay" tests="0" failures="0" errors="0" skipped="0">\n</testsuites>\n',
    );
  });
});
