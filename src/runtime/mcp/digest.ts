// Argument digests: never the values, only `sha256:` + hex(sha256(JCS(args))) or, with
// `--args-hmac-key-env`, `hmac-sha256:` + hex(HMAC-SHA256(key, JCS(args))). Plus the sorted top-level keys.
import { createHash, createHmac } from 'node:crypto';
import { canonicalize } from '../../core/jcs.js';

export interface ArgsDigest {
  args_digest: string;
  args_digest_alg: 'sha256' | 'hmac-sha256';
  arg_keys: string[];
}

export class ArgsDigester {
  constructor(private readonly hmacKey: string | undefined) {}

  digest(args: Record<string, unknown>): ArgsDigest {
    let canon: string;
    try {
      canon = canonicalize(args);
    } catch {
      // Strict parsing rules out non-JSON values; keep a digest of nothing rather than the values.
      canon = 'null';
    }
    const arg_keys = Object.keys(args)
      .map((k) => (k.length > 64 ? k.slice(0, 64) : k))
      .sort();
    if (this.hmacKey !== undefined) {
      return { args_digest: `hmac-sha256:${createHmac('sha256', this.hmacKey).update(canon, 'utf8').digest('hex')}`, args_digest_alg: 'hmac-sha256', arg_keys };
    }
    return { args_digest: `sha256:${createHash('sha256').update(canon, 'utf8').digest('hex')}`, args_digest_alg: 'sha256', arg_keys };
  }
}

/** `sha256:` + hex of raw bytes (refused-line digests). */
export function bytesDigest(b: Uint8Array): string {
  return `sha256:${createHash('sha256').update(b).digest('hex')}`;
}
