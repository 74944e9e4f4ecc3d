import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  boundText,
  escapeMarkdown,
  escapeXmlAttr,
  escapeXmlText,
  markdownCode,
  redactPrompt,
  redactSecrets,
  safeBounded,
  safeDeep,
  safeText,
  SECRET_RULE_NAMES,
  stripControls,
  xmlLegalize,
} from '../../../src/core/render/safe-text.js';

const R = '\uFFFD';

// Secret-looking samples are assembled at run time so the repository holds no literal token shapes.
const j = (...parts: string[]): string => parts.join('');
const SAMPLES: Record<string, string> = {
  'aws-access-key-id': j('AK', 'IA', 'ABCDEFGHIJKLMNOP'),
  'github-token': j('gh', 'p_', 'a1B2'.repeat(9)),
  'openai-key': j('sk', '-', 'proj-', 'Ab3dEf6hIj9lMn0pQr5tUv'),
  'slack-token': j('xo', 'xb-', '123456789012-abcdefABCDEF'),
  'google-api-key': j('AI', 'za', 'Sy', 'A'.repeat(33)),
  'stripe-key': j('sk', '_live_', '4eC39HqLyjWDarjtT1zdp7dc'),
  'private-key-pem': j('-----BEGIN ', 'RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nq83kd\n-----END RSA ', 'PRIVATE KEY-----'),
  jwt: j('ey', 'JhbGciOiJIUzI1NiJ9', '.', 'eyJzdWIiOiIxMjM0In0', '.', 'dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'),
  email: 'jane.doe+ci@example.co.uk',
  'slack-user-id': j('U0', '1ABCDEF23'),
};

describe('stripControls', () => {
  it('replaces whole ANSI CSI sequences by one U+FFFD', () => {
    expect(stripControls('\x1b[31mred\x1b[0m plain')).toBe(`${R}red${R} plain`);
    expect(stripControls('\x1b[38;5;196mx')).toBe(`${R}x`);
    expect(stripControls('\x9b31mx')).toBe(`${R}x`);
  });

  it('replaces OSC strings (BEL or ST terminated) and their payload', () => {
    expect(stripControls('\x1b]8;;https://evil.example\x07click\x1b]8;;\x07')).toBe(`${R}click${R}`);
    expect(stripControls('a\x1b]0;title\x1b\\b')).toBe(`a${R}b`);
    expect(stripControls('a\x9d0;t\x9cb')).toBe(`a${R}b`);
    // Unterminated: the payload stops at the next line break, which is kept.
    expect(stripControls('a\x1b]0;title\nnext')).toBe(`a${R}\nnext`);
  });

  it('replaces C0, C1, DEL and bidi controls, keeps tab/CR/LF', () => {
    expect(stripControls('a\x00b\x08c\x7fd\x85e')).toBe(`a${R}b${R}c${R}d${R}e`);
    expect(stripControls('x\t\r\ny')).toBe('x\t\r\ny');
    expect(stripControls('abc\u202Edcba\u2066x\u2069\u200E\u061C')).toBe(`abc${R}dcba${R}x${R}${R}${R}`);
  });

  it('replaces lone surrogates but keeps pairs', () => {
    expect(stripControls('a\uD800b\uDC00c😀')).toBe(`a${R}b${R}c😀`);
  });

  it('returns ordinary text unchanged', () => {
    const s = "Tool 'shell.exec' denied by tools.deny[0]=shell.* (call #1) — ünïcödé ✓";
    expect(stripControls(s)).toBe(s);
  });
});

describe('redactSecrets', () => {
  it('covers exactly the rule names', () => {
    expect([...SECRET_RULE_NAMES].sort()).toEqual(
      [
        'aws-access-key-id',
        'github-token',
        'openai-key',
        'slack-token',
        'google-api-key',
        'stripe-key',
        'private-key-pem',
        'jwt',
        'bearer-token',
        'sensitive-query-param',
        'credential-assignment',
        'email',
        'slack-user-id',
      ].sort(),
    );
  });

  for (const [rule, secret] of Object.entries(SAMPLES)) {
    it(`redacts ${rule}`, () => {
      const out = redactSecrets(`before ${secret} after`);
      expect(out).toBe(`before <redacted:${rule}> after`);
    });
  }

  it('redacts a bearer token but keeps the scheme', () => {
    expect(redactSecrets('Authorization: Bearer abcDEF123456789.xyz')).toBe(
      'Authorization: Bearer <redacted:bearer-token>',
    );
  });

  it('redacts sensitive query parameter values, keeping the name', () => {
    expect(redactSecrets('GET https://api.example.com/cb?code=1&access_token=abc123def&x=1')).toBe(
      'GET https://api.example.com/cb?code=1&access_token=<redacted:sensitive-query-param>&x=1',
    );
  });

  it('redacts credential assignments, keeping the key', () => {
    expect(redactSecrets('password=hunter22 ok')).toBe('password=<redacted:credential-assignment> ok');
    expect(redactSecrets('{"api_key": "abcd1234efgh"}')).toBe('{"api_key": "<redacted:credential-assignment>"}');
    expect(redactSecrets('export DB_PASSWORD=s3cr3t!')).toBe('export DB_PASSWORD=<redacted:credential-assignment>');
  });

  it('redacts an unterminated PEM block to the end of the text', () => {
    expect(redactSecrets(j('key: -----BEGIN ', 'PRIVATE KEY-----\nMIIEvQIBADANBg'))).toBe(
      'key: <redacted:private-key-pem>',
    );
  });

  it('keeps the more specific rule when a token sits in an assignment or bearer header', () => {
    expect(redactSecrets(`token=${SAMPLES['github-token']}`)).toBe('token=<redacted:github-token>');
    expect(redactSecrets(`Bearer ${SAMPLES.jwt}`)).toBe('Bearer <redacted:jwt>');
  });

  it('leaves ordinary report text alone', () => {
    for (const s of [
      "Tool 'shell.exec' denied by tools.deny[0]=shell.* (call #1)",
      'E_TOOL_UNCONSTRAINED UNAVAILABLE WARNING',
      'sha256:77e0c2d1f7a9b3e4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c',
      'traces/run.jsonl:12: unstable metric: faithfulness (agreement 0.67)',
      'regression: faithfulness dropped 0.070 (limit: 0.050)',
      'the bearer of bad news',
      'W3C and U2 are bands',
    ]) {
      expect(redactSecrets(s)).toBe(s);
    }
  });
});

describe('linear time on hostile input', () => {
  // A quadratic scanner needs ~10^11 steps on each of these and would hit the test timeout.
  const n = 400_000;
  const cases: Array<[string, string]> = [
    ['jwt headers separated by dashes', 'eyJ-'.repeat(n / 4)],
    ['jwt-like segments without a second dot', `eyJ${'a'.repeat(n)}.${'b'.repeat(n)}`],
    ['email local part without @', 'a'.repeat(n)],
    ['many @ signs', 'a@'.repeat(n / 2)],
    ['long dotted domain without TLD end', `x@${'a.'.repeat(n / 2)}`],
    ['pem headers without end', j('-----BEGIN ', 'PRIVATE KEY-----').repeat(n / 27)],
    ['assignment keys without values', 'password='.repeat(n / 9)],
    ['bearer without token', 'Bearer '.repeat(n / 7)],
    ['query keys', '?token'.repeat(n / 6)],
    ['token prefixes', j('gh', 'p_').repeat(n / 4)],
    ['openai prefixes', 'sk-'.repeat(n / 3)],
    ['slack id prefixes', 'U1'.repeat(n / 2)],
    ['credential prefix runs', `${'a_'.repeat(n / 2)}password`],
    ['escape introducers', '\x1b]'.repeat(n / 2)],
    ['csi parameters', `\x1b[${'0;'.repeat(n / 2)}`],
  ];
  for (const [name, input] of cases) {
    it(name, () => {
      const out = safeText(input);
      expect(typeof out).toBe('string');
      expect(safeBounded(input).length).toBeLessThanOrEqual(256 + '(truncated)'.length);
    });
  }
});

describe('boundText / safeText', () => {
  it('keeps text of at most 256 code points and cuts longer text with (truncated)', () => {
    expect(boundText('a'.repeat(256))).toBe('a'.repeat(256));
    expect(boundText('a'.repeat(257))).toBe(`${'a'.repeat(256)}(truncated)`);
  });

  it('counts code points and never splits a surrogate pair', () => {
    const s = '😀'.repeat(300);
    const out = boundText(s);
    expect(out).toBe(`${'😀'.repeat(256)}(truncated)`);
    expect(boundText(`${'a'.repeat(255)}😀😀`)).toBe(`${'a'.repeat(255)}😀(truncated)`);
  });

  it('sanitises before bounding and is idempotent', () => {
    const raw = `\x1b[1m${SAMPLES.email}\x1b[0m ${'x'.repeat(400)}`;
    const once = safeBounded(raw);
    expect(once.startsWith(`${R}<redacted:email>${R} xxx`)).toBe(true);
    expect(once.endsWith('(truncated)')).toBe(true);
    expect(safeText(safeText(raw))).toBe(safeText(raw));
  });

  it('is unbounded by default (JSON reports)', () => {
    expect(safeText('y'.repeat(1000))).toHaveLength(1000);
  });

  it('safeDeep sanitises string values only, keys untouched', () => {
    expect(safeDeep({ 'a\x1b': ['x\x07', 1, null, { m: SAMPLES.email }] })).toEqual({
      'a\x1b': [`x${R}`, 1, null, { m: '<redacted:email>' }],
    });
  });
});

describe('redactPrompt', () => {
  it('gives the first 12 hex of the sha256 of the prompt', () => {
    const hex = createHash('sha256').update('Clean up the temp folder').digest('hex');
    expect(redactPrompt('Clean up the temp folder')).toBe(`<redacted:prompt sha256:${hex.slice(0, 12)}>`);
  });
});

describe('XML encoding', () => {
  it('escapes the five special characters in text and attributes', () => {
    expect(escapeXmlText(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(escapeXmlAttr(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
  });

  it('keeps line breaks in text and encodes them in attributes', () => {
    expect(escapeXmlText('a\nb\tc')).toBe('a\nb\tc');
    expect(escapeXmlAttr('a\nb\tc\r')).toBe('a&#10;b&#9;c&#13;');
  });

  it('replaces characters illegal in XML 1.0', () => {
    expect(xmlLegalize('a\x01b\x1fc\uFFFEd\uFFFFe\uD800f😀')).toBe(`a${R}b${R}c${R}d${R}e${R}f😀`);
    expect(escapeXmlText('\x00<')).toBe(`${R}&lt;`);
  });
});

describe('Markdown encoding', () => {
  it('neutralises markup, HTML, mentions and line breaks', () => {
    expect(escapeMarkdown('*b* [l](u) <img src=x> @octocat a|b\nnext')).toBe(
      '\\*b\\* \\[l\\]\\(u\\) &lt;img src=x&gt; &#64;octocat a\\|b next',
    );
  });

  it('builds code spans that backticks cannot break out of', () => {
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('`x`')).toBe('`` `x` ``');
    expect(markdownCode('plain')).toBe('`plain`');
  });
});
