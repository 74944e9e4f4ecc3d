import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, InputError, formatDiagnostic } from '../../../src/core/errors.js';
import { decodeUtf8Strict, findUtf8Problem, readTextStrict } from '../../../src/core/util/read-text.js';

const bytes = (s: string): Buffer => Buffer.from(s, 'latin1');

describe('findUtf8Problem', () => {
  it('valid UTF-8 (with multi-byte characters) has no problem', () => {
    expect(findUtf8Problem(Buffer.from('a: "é€😀"\n', 'utf8'))).toBeNull();
  });

  it('locates the first bad byte by line and code-point column', () => {
    // The policy: 0xff inside the first deny pattern of line 2.
    const b = bytes('version: "2.0"\ndeny: ["shell\xff*", "exec*"]\n');
    expect(findUtf8Problem(b)).toEqual({ offset: 28, line: 2, col: 14, byte: 0xff });
  });

  it('counts code points, not bytes, before the bad byte; a BOM is not a column', () => {
    const b = Buffer.concat([Buffer.from('\uFEFFk: "é€', 'utf8'), Buffer.from([0xc3, 0x28])]);
    expect(findUtf8Problem(b)).toMatchObject({ line: 1, col: 7 });
  });

  it('refuses overlongs, surrogates and truncated sequences', () => {
    expect(findUtf8Problem(Buffer.from([0x61, 0xc0, 0xaf]))?.col).toBe(2);
    expect(findUtf8Problem(Buffer.from([0xed, 0xa0, 0x80]))?.col).toBe(1);
    expect(findUtf8Problem(Buffer.from([0x0a, 0x61, 0xe2, 0x82]))).toMatchObject({ line: 2, col: 2 });
  });
});

describe('decodeUtf8Strict / readTextStrict', () => {
  it('drops a BOM and never yields U+FFFD', () => {
    expect(decodeUtf8Strict(Buffer.from('\uFEFFa: 1', 'utf8'), 'x.yaml', 'E_CFG_PARSE')).toBe('a: 1');
  });

  it('throws the requested code and class with the position', () => {
    let caught: unknown;
    try {
      decodeUtf8Strict(bytes('a: 1\nb: "\xff"\n'), 'p.yaml', 'E_POLICY_PARSE', { source: 'policy' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const e = caught as ConfigError;
    expect(e.reasonCode).toBe('E_POLICY_PARSE');
    expect(e.context).toMatchObject({ file: 'p.yaml', line: 2, col: 5 });
    expect(e.diagnostics.map(formatDiagnostic)).toEqual([
      'p.yaml:2:5: error E_POLICY_PARSE: invalid UTF-8: byte 0xff at byte offset 9 (the file must be UTF-8 text)',
    ]);
    expect(() => decodeUtf8Strict(bytes('\xff'), 'b.json', 'E_BASELINE_INVALID', { errorClass: InputError })).toThrow(InputError);
  });

  it('reads a file; file-system errors pass through unchanged', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-'));
    const f = path.join(dir, 'c.yaml');
    fs.writeFileSync(f, 'k: v\n');
    expect(readTextStrict(f, 'c.yaml', 'E_CFG_PARSE')).toBe('k: v\n');
    expect(() => readTextStrict(path.join(dir, 'missing'), 'missing', 'E_CFG_PARSE')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
