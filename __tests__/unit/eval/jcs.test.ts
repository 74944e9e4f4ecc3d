import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { canonicalize, jcsSha256Hex, JcsError } from '../../../src/core/jcs.js';

function fromBits(hex: string): number {
  const buf = Buffer.from(hex, 'hex');
  return buf.readDoubleBE(0);
}

describe('canonicalize (RFC 8785)', () => {
  it('reproduces the RFC 8785 §3.2.2.3 sample', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    );
    expect(canonicalize(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by UTF-16 code units (RFC 8785 §3.2.3)', () => {
    const input = JSON.parse(
      '{"\\u20ac":"Euro Sign","\\r":"Carriage Return","\\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One",' +
        '"\\ud83d\\ude00":"Emoji: Grinning Face","\\u0080":"Control","\\u00f6":"Latin Small Letter O With Diaeresis"}',
    );
    const keys = Object.keys(JSON.parse(canonicalize(input)) as object);
    // JSON.parse re-orders integer-like keys, so check the raw text order instead.
    const text = canonicalize(input);
    const order = ['\\r', '1', '\u0080', 'ö', '€', '😀', '\ufb33'].map((k) => text.indexOf(`"${k}"`));
    expect(order.every((v, i) => i === 0 || v > order[i - 1]!)).toBe(true);
    expect(keys).toHaveLength(7);
  });

  it('serialises numbers like ECMAScript (RFC 8785 appendix B)', () => {
    const cases: Array<[string, string]> = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [bits, text] of cases) expect(canonicalize(fromBits(bits))).toBe(text);
  });

  it('reproduces the golden (keys, numbers, escapes, sha256)', () => {
    const input = JSON.parse(
      '{"b":1.50,"a":[1e21,0.000001,1e-7,-0],"\\u00e9":"caf\\u00e9","\\ud83d\\ude00":"x","\\uff21":"y","z":"a\\u0001\\n/"}',
    );
    const out = canonicalize(input);
    expect(out).toBe('{"a":[1e+21,0.000001,1e-7,0],"b":1.5,"z":"a\\u0001\\n/","é":"café","😀":"x","Ａ":"y"}');
    expect(createHash('sha256').update(out, 'utf8').digest('hex')).toBe(
      '782c8e744c3940f0555249e09a9bcec3b93c5157dd07038363ae920d89da4f01',
    );
    expect(jcsSha256Hex(input)).toBe('782c8e744c3940f0555249e09a9bcec3b93c5157dd07038363ae920d89da4f01');
  });

  it('keeps U+007F, U+2028 and non-ASCII raw, escapes controls with short forms', () => {
    expect(canonicalize('\u007f\u2028\b\t\f\r\u001f')).toBe('"\u007f\u2028\\b\\t\\f\\r\\u001f"');
  });

  it('refuses NaN, Infinity, BigInt and lone surrogates', () => {
    expect(() => canonicalize(Number.NaN)).toThrow(JcsError);
    expect(() => canonicalize({ a: Number.POSITIVE_INFINITY })).toThrow(JcsError);
    expect(() => canonicalize([BigInt(1)])).toThrow(JcsError);
    expect(() => canonicalize('\ud800')).toThrow(JcsError);
    expect(() => canonicalize({ '\udc00x': 1 })).toThrow(JcsError);
    expect(() => canonicalize(undefined)).toThrow(JcsError);
  });

  it('drops undefined members and writes null for undefined array items, like JSON', () => {
    expect(canonicalize({ b: undefined, a: [undefined, 1] })).toBe('{"a":[null,1]}');
  });
});
