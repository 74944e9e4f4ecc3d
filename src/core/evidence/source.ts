// Reading an untrusted bundle source under max_bundle_bytes (step 1): a file or any byte stream
// (stdin). At most limit + 1 bytes are ever held, so an oversized source is refused without reading it all.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { BundleError } from './verify-error.js';

/** The bundle could not be opened at all (verify's text output: `fatal: failed to open bundle <path>`). */
export class BundleOpenError extends BundleError {
  readonly openFailure = true;
}

function tooBig(limit: number, bundle?: string): BundleError {
  return new BundleError('LimitBundleBytes', `Bundle exceeds max_bundle_bytes (${limit})`, { bundle });
}

/** Read a bundle file; throws BundleOpenError (cannot open), LimitBundleBytes or IntegrityGzip (read error). */
export function readBundleFile(path: string, maxBundleBytes: number, label = path): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new BundleOpenError('IntegrityIo', `failed to open bundle (${code})`, { bundle: label });
  }
  try {
    let st;
    try {
      st = fstatSync(fd);
    } catch {
      throw new BundleError('IntegrityGzip', 'read error', { bundle: label });
    }
    if (st.isDirectory()) throw new BundleOpenError('IntegrityIo', 'failed to open bundle (EISDIR)', { bundle: label });
    if (st.isFile() && st.size > maxBundleBytes) throw tooBig(maxBundleBytes, label);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(1 << 20, maxBundleBytes + 1 - total);
      if (want <= 0) throw tooBig(maxBundleBytes, label);
      const buf = Buffer.allocUnsafe(want);
      let n: number;
      try {
        n = readSync(fd, buf, 0, want, null);
      } catch {
        throw new BundleError('IntegrityGzip', 'read error', { bundle: label });
      }
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      total += n;
      if (total > maxBundleBytes) throw tooBig(maxBundleBytes, label);
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** Read a byte stream (stdin) under the same ceiling. */
export async function readBundleStream(stream: AsyncIterable<Uint8Array | string>, maxBundleBytes: number, label = '-'): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const c of stream) {
      const b = typeof c === 'string' ? Buffer.from(c, 'latin1') : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
      total += b.length;
      if (total > maxBundleBytes) throw tooBig(maxBundleBytes, label);
      chunks.push(b);
    }
  } catch (e) {
    if (e instanceof BundleError) throw e;
    throw new BundleError('IntegrityGzip', 'read error', { bundle: label });
  }
  return Buffer.concat(chunks, total);
}
