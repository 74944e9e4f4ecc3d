// RFC 8785 JSON Canonicalization Scheme: the one canonical form used for hashing.
// Keys sorted by UTF-16 code units, no whitespace, ECMAScript number serialisation, strings
// escaped like JSON.stringify (which already emits the RFC's short forms and lowercase \u00xx).

import { createHash } from 'node:crypto';

export class JcsError extends Error {}

/** Canonical JSON text of `value`. Throws JcsError on NaN/Infinity, lone surrogates, BigInt and other non-JSON values. */
export function canonicalize(value: unknown): string {
  const out: string[] = [];
  write(value, out, false);
  return out.join('');
}

/** UTF-8 bytes of the canonical form. */
export function canonicalBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalize(value));
}

function write(value: unknown, out: string[], inArray: boolean): void {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON: () => unknown }).toJSON();
  }
  switch (typeof value) {
    case 'string':
      out.push(string(value));
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new JcsError(`cannot canonicalize non-finite number ${value}`);
      // Number#toString is the ECMAScript serialisation RFC 8785 mandates; -0 → "0".
      out.push(Object.is(value, -0) ? '0' : String(value));
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'bigint':
      throw new JcsError('cannot canonicalize a BigInt');
    case 'undefined':
    case 'function':
    case 'symbol':
      // Like JSON.stringify: null inside arrays; object members holding these are skipped by the caller.
      if (inArray) {
        out.push('null');
        return;
      }
      throw new JcsError(`cannot canonicalize a value of type ${typeof value}`);
    default:
      break;
  }
  if (value === null) {
    out.push('null');
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item, i) => {
      if (i > 0) out.push(',');
      write(item, out, true);
    });
    out.push(']');
    return;
  }
  const obj = value as Record<string, unknown>;
  // Default sort() compares UTF-16 code units, which is exactly RFC 8785 §3.2.3.
  const keys = Object.keys(obj)
    .filter((k) => {
      const t = typeof obj[k];
      return t !== 'undefined' && t !== 'function' && t !== 'symbol';
    })
    .sort();
  out.push('{');
  keys.forEach((k, i) => {
    if (i > 0) out.push(',');
    out.push(string(k), ':');
    write(obj[k], out, false);
  });
  out.push('}');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function string(s: string): string {
  if (LONE_SURROGATE.test(s)) throw new JcsError('cannot canonicalize a string with a lone surrogate');
  return JSON.stringify(s);
}

/** Hex sha256 of the UTF-8 canonical form: the content address used by fingerprints and cache keys. */
export function jcsSha256Hex(value: unknown): string {
  return createHash('sha256').update(canonicalize(value), 'utf8').digest('hex');
}
